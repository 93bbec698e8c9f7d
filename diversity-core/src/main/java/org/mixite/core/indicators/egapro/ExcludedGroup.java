package org.mixite.core.indicators.egapro;

import org.apiguardian.api.API;

/** A group left out of an indicator's computation, and why (e.g. fewer than 3 women). */
@API(status = API.Status.EXPERIMENTAL)
public record ExcludedGroup(String label, int femmes, int hommes, String reason) {
}
