package org.mixite.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** Test datasets: people with a given hourly pay, category, level and establishment. */
public final class People {

    public static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2026);

    private final List<EmployeeRecord> records = new ArrayList<>();

    public People add(Sex sex, double hourly, String category, String level) {
        return add(sex, hourly, category, level, "HQ", BigDecimal.ONE);
    }

    public People add(Sex sex, double hourly, String category, String level, String establishment, BigDecimal fte) {
        records.add(EmployeeRecord.builder(String.format("P%05d", records.size()), sex)
                .birthYear(1980).category(category).level(level).establishment(establishment).fte(fte)
                .hourlyPay(BigDecimal.valueOf(hourly)).build());
        return this;
    }

    public People women(String category, String level, double... pay) {
        for (double p : pay) {
            add(Sex.FEMALE, p, category, level);
        }
        return this;
    }

    public People men(String category, String level, double... pay) {
        for (double p : pay) {
            add(Sex.MALE, p, category, level);
        }
        return this;
    }

    public List<EmployeeRecord> records() {
        return records;
    }

    public AnalyticsSample sample(Control... controls) {
        return AnalyticsSample.of(records, YEAR, controls.length == 0 ? Set.of() : Set.of(controls));
    }
}
