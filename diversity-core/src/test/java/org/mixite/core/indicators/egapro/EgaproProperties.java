package org.mixite.core.indicators.egapro;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the Egapro computation, over generated inputs. */
class EgaproProperties {

    @Provide
    Arbitrary<List<EgaproInput.PayGroup>> payGroups() {
        Arbitrary<EgaproInput.PayGroup> group = Combinators.combine(
                Arbitraries.of(Csp.class), Arbitraries.of(AgeBand.class),
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(15_000, 90_000), Arbitraries.integers().between(15_000, 90_000)
        ).as((csp, age, women, men, payWomen, payMen) -> new EgaproInput.PayGroup(csp.code(), age, women, men,
                Optional.of(BigDecimal.valueOf(payWomen)), Optional.of(BigDecimal.valueOf(payMen))));
        return group.list().ofMinSize(1).ofMaxSize(16)
                .uniqueElements(g -> g.categorie() + g.trancheAge());
    }

    @Provide
    Arbitrary<EgaproInput> inputs() {
        Arbitrary<Optional<EgaproInput.RaiseCounts>> raises = Combinators.combine(
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100))
                .as((w, m, pw, pm) -> new EgaproInput.RaiseCounts(w, m, w * pw / 100, m * pm / 100)).optional();
        Arbitrary<Optional<EgaproInput.MaternityReturns>> maternity = Arbitraries.integers().between(0, 5)
                .flatMap(r -> Arbitraries.integers().between(0, r).map(a -> new EgaproInput.MaternityReturns(r, a))).optional();
        return Combinators.combine(payGroups(), raises, maternity, Arbitraries.integers().between(0, 10))
                .as((groups, raise, mat, women) -> new EgaproInput(Tranche.FROM_50_TO_250, Modalite.CSP, groups,
                        Optional.empty(), Optional.empty(), raise, mat, new EgaproInput.TopEarners(women, 10 - women)));
    }

    private static EgaproInput.PayGroup swapped(EgaproInput.PayGroup g) {
        return new EgaproInput.PayGroup(g.categorie(), g.trancheAge(), g.hommes(), g.femmes(),
                g.remunerationMoyenneHommes(), g.remunerationMoyenneFemmes());
    }

    /**
     * Swapping the sexes flips the direction of every group's gap. The official gap is relative
     * to men's pay ((M − F) / M), so its magnitude is not symmetric (a 20% gap becomes 25%), and
     * across groups of different sizes the weighted sign can change only through that asymmetry;
     * when every valid group leans the same way, the verdict flips.
     */
    @Property(tries = 500)
    @Label("swapping women and men flips each group's gap, and the verdict when all groups lean one way")
    void swappingSexesFlipsFavorable(@ForAll("payGroups") List<EgaproInput.PayGroup> groups) {
        Indicator<PayGapScore> original = EgaproCalculator.payGap(Inputs.small(groups));
        Indicator<PayGapScore> mirror = EgaproCalculator.payGap(Inputs.small(groups.stream().map(EgaproProperties::swapped).toList()));
        assertThat(mirror.calculable()).isEqualTo(original.calculable());
        original.value().ifPresent(score -> {
            PayGapScore other = mirror.value().orElseThrow();
            List<PayGapScore.ValidGroup> a = score.explanation().validGroups();
            List<PayGapScore.ValidGroup> b = other.explanation().validGroups();
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.get(i).rawGap().signum()).isEqualTo(-a.get(i).rawGap().signum());
            }
            // The threshold can zero a group on one side only (4.85% vs −5.1%), so "one way" is checked on both sides.
            boolean oneWay = (a.stream().allMatch(g -> g.adjustedGap().signum() >= 0) && b.stream().allMatch(g -> g.adjustedGap().signum() <= 0))
                    || (a.stream().allMatch(g -> g.adjustedGap().signum() <= 0) && b.stream().allMatch(g -> g.adjustedGap().signum() >= 0));
            if (oneWay && score.favorable() != Favorable.EGALITE && other.favorable() != Favorable.EGALITE) {
                assertThat(other.favorable()).isEqualTo(score.favorable().opposite());
            }
        });
    }

    @Property(tries = 500)
    @Label("with equal average pay for both sexes in each group, swapping sexes keeps |gap| exactly (0)")
    void equalPayIsSymmetric(@ForAll("payGroups") List<EgaproInput.PayGroup> groups) {
        List<EgaproInput.PayGroup> equal = groups.stream().map(g -> new EgaproInput.PayGroup(g.categorie(), g.trancheAge(),
                g.femmes(), g.hommes(), g.remunerationMoyenneHommes(), g.remunerationMoyenneHommes())).toList();
        EgaproCalculator.payGap(Inputs.small(equal)).value().ifPresent(s -> {
            assertThat(s.ecart()).isEqualByComparingTo("0.0");
            assertThat(s.favorable()).isEqualTo(Favorable.EGALITE);
        });
    }

    @Property(tries = 500)
    @Label("every score stays within its maximum, and the index is in 0..100 or not calculable")
    void scoresWithinBounds(@ForAll("inputs") EgaproInput input) {
        EgaproResult result = EgaproCalculator.compute(input);
        List<Indicator<?>> all = new ArrayList<>(List.of(result.remunerations(), result.congesMaternite(), result.hautesRemunerations()));
        result.augmentationsEtPromotions().ifPresent(all::add);
        for (Indicator<?> indicator : all) {
            indicator.value().ifPresent(s -> assertThat(s.note()).isBetween(0, s.max()));
        }
        assertThat(result.points()).isBetween(0, result.pointsMax());
        result.index().ifPresent(i -> assertThat(i).isBetween(0, 100));
        assertThat(result.index().isPresent()).isEqualTo(result.pointsMax() >= 75);
    }

    @Property(tries = 300)
    @Label("the order of the groups does not matter")
    void groupOrderIrrelevant(@ForAll("inputs") EgaproInput input, @ForAll long seed) {
        List<EgaproInput.PayGroup> shuffled = new ArrayList<>(input.remunerations());
        Collections.shuffle(shuffled, new Random(seed));
        EgaproInput permuted = new EgaproInput(input.tranche(), input.modaliteRemunerations(), shuffled, input.augmentations(),
                input.promotions(), input.augmentationsEtPromotions(), input.congesMaternite(), input.hautesRemunerations());
        EgaproResult a = EgaproCalculator.compute(input);
        EgaproResult b = EgaproCalculator.compute(permuted);
        assertThat(b.points()).isEqualTo(a.points());
        assertThat(b.index()).isEqualTo(a.index());
        assertThat(b.remunerations().value().map(PayGapScore::ecart)).isEqualTo(a.remunerations().value().map(PayGapScore::ecart));
    }
}
