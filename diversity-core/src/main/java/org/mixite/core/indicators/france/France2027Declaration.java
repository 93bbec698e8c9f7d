package org.mixite.core.indicators.france;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.mixite.core.indicators.paygap.PayGapAccumulator;
import org.mixite.core.indicators.paygap.PayGapOptions;
import org.mixite.core.indicators.paygap.PayGapReport;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * The Egapro V2 declaration of one company for declaration year N (regulations.md §2), its
 * steps in the platform's order: the workforce and the obligations; A and C (mean and median
 * gaps); B, D and E (variable pay); F (quartile thresholds and who is in each band); G per
 * category (from the pay-gap report, small cells suppressed); the alert and the compliance path.
 *
 * @param figures      A–F as the GIP-MDS file carries them, on {@code basis}
 * @param annualBands  F on annual pay: the threshold and the women and men of each band
 * @param hourlyBands  F on hourly pay
 * @param payGap       the pay-gap report of the company's records: its {@code fr().g()} is G
 */
@API(status = API.Status.EXPERIMENTAL)
public record France2027Declaration(String siren, ReferencePeriod period, Obligations obligations, PayBasis basis,
                                    GipFigures figures, List<GipCalculator.Band> annualBands,
                                    List<GipCalculator.Band> hourlyBands, PayGapReport payGap) {

    public France2027Declaration {
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(obligations, "obligations");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(figures, "figures");
        annualBands = List.copyOf(annualBands);
        hourlyBands = List.copyOf(hourlyBands);
        Objects.requireNonNull(payGap, "payGap");
    }

    /**
     * The declaration of the records of one company.
     *
     * @param minCell k: G's categories with fewer than k women or k men are suppressed
     */
    public static France2027Declaration of(String siren, Collection<EmployeeRecord> records, ReferencePeriod period, int year,
                                           PayBasis basis, int minCell) {
        PayGapAccumulator accumulator = new PayGapAccumulator(PayGapOptions.of(period).withMinCell(minCell));
        records.forEach(accumulator::add);
        PayGapReport report = accumulator.result();
        Obligations obligations = Obligations.of(year, AnnualHeadcount.of(records, period), report.fr());
        return new France2027Declaration(siren, period, obligations, basis, GipCalculator.company(siren, records, period, basis),
                GipCalculator.bands(records, period, basis, false), GipCalculator.bands(records, period, basis, true), report);
    }
}
