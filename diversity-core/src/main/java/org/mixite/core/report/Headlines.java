package org.mixite.core.report;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.indicators.composition.Dimension;
import org.mixite.core.indicators.composition.SexTally;
import org.mixite.core.indicators.rixain.BodyShare;
import org.mixite.core.jobs.JobFamily;

/**
 * The headline figures of a report, the ones an executive summary and a trend show.
 *
 * @param egaproIndex                the Egapro index out of 100, empty when not calculable
 * @param meanHourlyGap              EU Art. 9(1)(a), in percent
 * @param womenShare                 women among all staff, in percent
 * @param technicalDigitalWomenShare women in technical digital jobs, in percent
 * @param womenShareOfHires          women among the period's hires, in percent
 * @param executivesWomenShare       women among cadres dirigeants (loi Rixain), in percent
 * @param jointAssessmentRequired    whether Art. 10 requires a joint pay assessment
 */
@API(status = API.Status.STABLE)
public record Headlines(Optional<Integer> egaproIndex, Optional<BigDecimal> meanHourlyGap, Optional<BigDecimal> womenShare,
                        Optional<BigDecimal> technicalDigitalWomenShare, Optional<BigDecimal> womenShareOfHires,
                        Optional<BigDecimal> executivesWomenShare, boolean jointAssessmentRequired) {

    public static Headlines of(IndicatorResults r) {
        Optional<BigDecimal> technical = Optional.ofNullable(r.composition().breakdowns().get(Dimension.JOB_FAMILY).get(JobFamily.TECHNICAL_DIGITAL.code()))
                .flatMap(cell -> cell.shown()).flatMap(SexTally::womenShare);
        Optional<BigDecimal> executives = r.rixain().cadresDirigeants() instanceof BodyShare.Computed c
                ? Optional.of(c.shareWomen()) : Optional.empty();
        // A federation's totals may be withheld (fewer than 3 companies behind them): then no share either.
        return new Headlines(r.egapro().flatMap(org.mixite.core.indicators.egapro.EgaproResult::index), r.payGap().eu().meanGap(),
                r.composition().total().shown().flatMap(SexTally::womenShare), technical,
                r.composition().flows().hires().shown().flatMap(SexTally::womenShare), executives, r.payGap().eu().jointAssessmentRequired());
    }
}
