package org.mixite.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mixite.adapters.Loads;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.LoadResult;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ExitReason;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.Sex;

/** Records → canonical CSV → records gives equal records. */
class CanonicalCsvRoundTripProperties {

    @Property(tries = 300)
    @Label("canonical CSV round-trips every valid record")
    void roundTrip(@ForAll("records") List<EmployeeRecord> records) throws IOException {
        StringWriter out = new StringWriter();
        try (CanonicalCsvWriter writer = new CanonicalCsvWriter(out)) {
            for (EmployeeRecord r : records) {
                writer.write(r);
            }
        }
        LoadResult back = Loads.lenient().load(InputSource.of("round.csv", out.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(back.rejections()).isEmpty();
        assertThat(back.records()).isEqualTo(records);
    }

    @Provide
    Arbitrary<List<EmployeeRecord>> records() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abcXYZ é,;\"'-").ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank() && s.strip().equals(s));
        Arbitrary<BigDecimal> money = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999999.99")).ofScale(2);
        Arbitrary<BigDecimal> fte = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), BigDecimal.ONE).ofScale(2);
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 20000).map(d -> LocalDate.of(1960, 1, 1).plusDays(d));
        Arbitrary<EmployeeRecord> record = Combinators.combine(
                Arbitraries.of(Sex.class), date, text.optional(), Arbitraries.of(ContractType.class),
                Arbitraries.of(ManagementLevel.class), money.optional(), fte, Arbitraries.of(ExitReason.class).optional()
        ).as((sex, birth, site, contract, level, pay, ratio, reason) -> {
            EmployeeRecord.Builder b = EmployeeRecord.builder("id", sex).birthDate(birth).contract(contract)
                    .managementLevel(level).fte(ratio).raised(pay.isPresent());
            site.ifPresent(b::establishment);
            pay.ifPresent(b::annualBasePay);
            reason.ifPresent(b::exitReason);
            return b.build();
        });
        return record.list().ofMaxSize(20).map(list -> {
            // Unique ids, which the loader requires.
            java.util.List<EmployeeRecord> unique = new java.util.ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                unique.add(list.get(i).toBuilder().id("E" + i + (i % 3 == 0 ? ",q\"" : "")).build());
            }
            return unique;
        });
    }
}
