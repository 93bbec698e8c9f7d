package org.mixite.spi.model;

import org.apiguardian.api.API;

/**
 * Place in the management structure. {@link #EXECUTIVE} is a <i>cadre dirigeant</i> and
 * {@link #BOARD} a member of an <i>instance dirigeante</i>, the two populations of the loi Rixain.
 */
@API(status = API.Status.STABLE)
public enum ManagementLevel implements CodedValue {
    NONE, MANAGER, EXECUTIVE, BOARD;

    // Computed once: code() runs per record in the indicators.
    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    @Override
    public String code() {
        return code;
    }
}
