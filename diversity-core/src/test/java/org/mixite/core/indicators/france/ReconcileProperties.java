package org.mixite.core.indicators.france;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

/** issue 17 done-when: reconcile finds exactly the one figure changed in the file written from the same data. */
class ReconcileProperties {

    @Provide
    Arbitrary<List<EmployeeRecord>> workforce() {
        Arbitrary<EmployeeRecord> person = Combinators.combine(Arbitraries.of(Sex.FEMALE, Sex.MALE, Sex.OTHER),
                        Arbitraries.integers().between(1_500_000, 9_000_000), Arbitraries.integers().between(0, 800_000),
                        Arbitraries.of("1", "0.8", "0.5"), Arbitraries.integers().between(0, 300))
                .as((sex, cents, bonus, fte, hired) -> {
                    EmployeeRecord.Builder b = EmployeeRecord.builder("x", sex).company("123456789").fte(new BigDecimal(fte))
                            .annualBasePay(BigDecimal.valueOf(cents, 2)).hireDate(ReconcilerTest.YEAR.start().plusDays(hired));
                    if (bonus > 400_000) {
                        b.annualVariablePay(BigDecimal.valueOf(bonus, 2));
                    }
                    return b.build();
                });
        return person.list().ofMinSize(1).ofMaxSize(40).map(list -> {
            List<EmployeeRecord> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(list.get(i).toBuilder().id("p" + i).build());
            }
            return out;
        });
    }

    /** A value that no longer agrees with {@code v}, kept within the column's plausible range. */
    static BigDecimal changed(GipColumn c, Optional<BigDecimal> v, int step) {
        BigDecimal delta = c.kind().tolerance().signum() == 0 ? BigDecimal.ONE : c.kind().tolerance().multiply(BigDecimal.valueOf(2 + step));
        if (v.isEmpty()) {
            return c.kind().min().max(BigDecimal.ZERO).add(delta).setScale(c.kind().scale());
        }
        BigDecimal up = v.get().add(delta);
        return up.compareTo(c.kind().max()) <= 0 ? up : v.get().subtract(delta);
    }

    @Property(tries = 150)
    @Label("--format gip read back by reconcile: all equal; changing any one figure makes reconcile report exactly that one")
    void exactlyTheChangedFigure(@ForAll("workforce") List<EmployeeRecord> records, @ForAll("columns") GipColumn column,
                                 @ForAll("steps") int step) {
        String text = GipFormat.write(GipFormat.file(ReconcilerTest.YEAR,
                List.copyOf(GipCalculator.compute(records, ReconcilerTest.YEAR, PayBasis.FULL_TIME_EQUIVALENT).values())));
        GipFile file = GipFormat.read("p", new StringReader(text));
        assertThat(Reconciler.reconcile(records, ReconcilerTest.YEAR, file, "p", Optional.empty()).allEqual()).isTrue();
        GipFigures row = file.rows().get(0);
        GipFigures changed = row.with(column, Optional.of(changed(column, row.get(column), step)));
        // through the text again, so that the change is what a state file would carry
        String changedText = GipFormat.write(new GipFile(file.metadata(), List.of(changed)));
        GipFile changedFile = GipFormat.read("p", new StringReader(changedText));
        Reconciliation r = Reconciler.reconcile(records, ReconcilerTest.YEAR, changedFile, "p", Optional.empty());
        CompanyReconciliation c = r.companies().get(0);
        if (column.annualBasis() && c.basis() != PayBasis.FULL_TIME_EQUIVALENT) {
            return; // a changed annual figure may happen to match the other basis: then that basis is (rightly) taken
        }
        assertThat(c.differences()).extracting(FigureComparison::column).containsExactly(column);
    }

    @Provide
    Arbitrary<GipColumn> columns() {
        return Arbitraries.of(GipColumn.fileColumns().stream().filter(GipColumn::computed).toList());
    }

    @Provide
    Arbitrary<Integer> steps() {
        return Arbitraries.integers().between(0, 50);
    }
}
