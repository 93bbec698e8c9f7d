package org.mixite.core.indicators.france;

import java.math.BigDecimal;
import java.util.Collection;
import org.apiguardian.api.API;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * Who we count, and who could be counted differently, among the women and men present in the
 * reference period: measured, to explain a difference with the state's figures.
 *
 * @param partYear      present part of the period only (hired or left during it, or fewer days present)
 * @param partTime      fte below 1
 * @param zeroPay       annual base and variable pay of 0
 * @param withoutAnnual no annual_base_pay (left out of the annual figures)
 * @param apprentices   apprentices (in our figures; left out of the R130-1 headcount)
 * @param interns       interns (in our figures)
 * @param temporary     temporary agency workers (in our figures)
 * @param noHours       without weekly_hours or hourly_pay: 35 h × fte assumed
 * @param hourlyGiven   with hourly_pay given
 * @param otherSex      sex X or unknown, present: left out of every figure
 */
@API(status = API.Status.EXPERIMENTAL)
public record PopulationProfile(long women, long men, long partYear, long partTime, long zeroPay, long withoutAnnual,
                                long apprentices, long interns, long temporary, long noHours, long hourlyGiven, long otherSex) {

    public static PopulationProfile of(Collection<EmployeeRecord> records, ReferencePeriod period) {
        long[] n = new long[12];
        for (EmployeeRecord r : records) {
            long present = PersonPay.daysPresent(r, period);
            if (present == 0) {
                continue;
            }
            if (r.sex() != Sex.FEMALE && r.sex() != Sex.MALE) {
                n[11]++;
                continue;
            }
            n[r.sex() == Sex.FEMALE ? 0 : 1]++;
            if (present < period.days()) {
                n[2]++;
            }
            if (r.fte().compareTo(BigDecimal.ONE) < 0) {
                n[3]++;
            }
            if (r.annualBasePay().isPresent()
                    && r.annualBasePay().get().add(r.annualVariablePay().orElse(BigDecimal.ZERO)).signum() == 0) {
                n[4]++;
            }
            if (r.annualBasePay().isEmpty()) {
                n[5]++;
            }
            if (r.contract() == ContractType.APPRENTICE) {
                n[6]++;
            } else if (r.contract() == ContractType.INTERN) {
                n[7]++;
            } else if (r.contract() == ContractType.TEMPORARY) {
                n[8]++;
            }
            if (r.hourlyPay().isPresent()) {
                n[10]++;
            } else if (r.weeklyHours().isEmpty()) {
                n[9]++;
            }
        }
        return new PopulationProfile(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11]);
    }
}
