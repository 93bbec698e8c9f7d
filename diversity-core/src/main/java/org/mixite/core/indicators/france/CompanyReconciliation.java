package org.mixite.core.indicators.france;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One SIREN's figures, the state's against ours.
 *
 * @param line          the row's line in the file
 * @param basis         the annual basis our figures use: the one that matches the state's, else the closer
 * @param basisVerdict  which basis matches the state's annual figures: {@code actual}, {@code fte}, {@code both} or {@code neither}
 * @param actualEqual   annual-basis figures equal on actual pay
 * @param fteEqual      annual-basis figures equal on full-time-equivalent pay
 * @param annualFigures annual-basis figures compared
 * @param quality       the state's 15 quality indices, as given
 */
@API(status = API.Status.EXPERIMENTAL)
public record CompanyReconciliation(String siren, long line, PayBasis basis, String basisVerdict, int actualEqual, int fteEqual,
                                    int annualFigures, List<FigureComparison> figures, PopulationProfile profile,
                                    Workforce workforce, List<QualityIndex> quality) {

    /** One quality index of the state's file, as given (definitions not public). */
    public record QualityIndex(String name, Optional<BigDecimal> value) {
        public QualityIndex {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    public CompanyReconciliation {
        Objects.requireNonNull(siren, "siren");
        figures = List.copyOf(figures);
        quality = List.copyOf(quality);
    }

    public List<FigureComparison> differences() {
        return figures.stream().filter(f -> !f.equal()).toList();
    }

    public boolean allEqual() {
        return figures.stream().allMatch(FigureComparison::equal);
    }
}
