package org.mixite.core.indicators.egapro;

import org.apiguardian.api.API;

/** The score of a calculable indicator: its points ({@code note}) out of its maximum. */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface Score permits PayGapScore, RateGapScore, RaisesAndPromotionsScore, MaternityScore, TopEarnersScore {

    /** Points awarded, correction-measure rule included; never above {@link #max()}. */
    int note();

    /** The indicator's maximum: 40, 20, 15, 35, 15 or 10. */
    int max();
}
