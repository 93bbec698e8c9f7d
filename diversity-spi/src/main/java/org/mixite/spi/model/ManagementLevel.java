package org.mixite.spi.model;

import org.apiguardian.api.API;

/**
 * Place in the management structure. {@link #EXECUTIVE} is a <i>cadre dirigeant</i> and
 * {@link #BOARD} a member of an <i>instance dirigeante</i>, the two populations of the loi Rixain.
 */
@API(status = API.Status.STABLE)
public enum ManagementLevel implements CodedValue {
    NONE, MANAGER, EXECUTIVE, BOARD
}
