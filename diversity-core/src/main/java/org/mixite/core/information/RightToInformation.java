package org.mixite.core.information;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.equalvalue.EqualValueCategory;
import org.mixite.core.equalvalue.JobEvaluation;
import org.mixite.core.indicators.paygap.CategoryPayLevels;
import org.mixite.core.indicators.paygap.PayLevel;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * Answers workers' requests for information (Directive 2023/970, Art. 7) from one period's
 * records: the worker's own pay level, and the average pay levels of women and of men in the
 * worker's category of workers — the job evaluation's category of equal value when one is given,
 * else the record's {@code category} (or the CSP derived from the job code). A sex with fewer than
 * {@code minCell} people with pay in the category gets no figure ({@link GroupFigure.Withheld}),
 * and the annual and component averages need that many people with a known annual pay, and none
 * or that many without one (else the hourly average minus the components gives those few away).
 *
 * <pre>{@code
 * RightToInformation answers = RightToInformation.of(records, period, 5, Optional.of(evaluation));
 * InformationAnswer answer = answers.answer(new InformationRequest("E-042", LocalDate.of(2026, 3, 2)));
 * String letter = InformationLetter.text(answer, true);   // French
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RightToInformation {

    private final ReferencePeriod period;
    private final int minCell;
    private final Optional<JobEvaluation> evaluation;
    private final Map<String, EmployeeRecord> byId = new HashMap<>();
    private final CategoryPayLevels levels;

    private RightToInformation(ReferencePeriod period, int minCell, Optional<JobEvaluation> evaluation) {
        this.period = Objects.requireNonNull(period, "period");
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        if (minCell < 1) {
            throw new IllegalArgumentException("minCell must be at least 1, was " + minCell);
        }
        this.minCell = minCell;
        this.levels = new CategoryPayLevels(period);
    }

    /** The answers over {@code records}; with an evaluation, every record gets its category of equal value. */
    public static RightToInformation of(Iterable<EmployeeRecord> records, ReferencePeriod period, int minCell,
                                        Optional<JobEvaluation> evaluation) {
        RightToInformation answers = new RightToInformation(period, minCell, evaluation);
        for (EmployeeRecord r : records) {
            EmployeeRecord assigned = evaluation.map(e -> e.assign(r)).orElse(r);
            answers.byId.put(assigned.id(), assigned);
            answers.levels.add(assigned);
        }
        return answers;
    }

    /**
     * The answer to one request.
     *
     * @throws ConfigurationException when no record has the request's id
     */
    public InformationAnswer answer(InformationRequest request) {
        EmployeeRecord worker = byId.get(request.employeeId());
        if (worker == null) {
            throw new ConfigurationException("no employee with id '" + request.employeeId() + "' in the input");
        }
        String category = worker.categoryOrDerived().orElse("(none)");
        Optional<CategoryPayLevels.Levels> figures = levels.of(category);
        GroupFigure women = figure(figures.map(CategoryPayLevels.Levels::women));
        GroupFigure men = figure(figures.map(CategoryPayLevels.Levels::men));
        return new InformationAnswer(request, period, category, definition(worker, category), PayLevel.of(worker, period),
                women, men, minCell);
    }

    private GroupFigure figure(Optional<CategoryPayLevels.Group> group) {
        if (group.isEmpty() || group.get().people() < minCell || group.get().average().isEmpty()) {
            return new GroupFigure.Withheld(minCell);
        }
        PayLevel average = group.get().average().get();
        long withoutAnnual = group.get().people() - group.get().peopleWithAnnual();
        if (group.get().peopleWithAnnual() < minCell || (withoutAnnual > 0 && withoutAnnual < minCell)) {
            // The hourly total rests on enough people; the annual figures on too few of them, or on all
            // but a few, whose hourly pay would be the hourly total minus the others' base and variable.
            average = new PayLevel(average.hourly(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        return new GroupFigure.Shown(average);
    }

    private InformationAnswer.CategoryDefinition definition(EmployeeRecord worker, String category) {
        Optional<EqualValueCategory> equalValue = evaluation.filter(e -> e.jobOf(worker).isPresent())
                .flatMap(e -> e.category(category));
        if (equalValue.isPresent()) {
            return new InformationAnswer.CategoryDefinition(equalValue.get().definition(false), equalValue.get().definition(true));
        }
        if (worker.category().isPresent()) {
            return new InformationAnswer.CategoryDefinition(
                    "the employer's category of workers '" + category + "' (the category recorded for your job)",
                    "la catégorie de salariés « " + category + " » définie par l'employeur (celle enregistrée pour votre emploi)");
        }
        if (!category.equals("(none)")) {
            return new InformationAnswer.CategoryDefinition(
                    "the socio-professional category '" + category + "' (ouv, emp, tam, ic) derived from your job's PCS-ESE code",
                    "la catégorie socioprofessionnelle « " + category + " » (ouv, emp, tam, ic) déduite du code PCS-ESE de votre emploi");
        }
        return new InformationAnswer.CategoryDefinition("no category of workers is recorded for your job",
                "aucune catégorie de salariés n'est enregistrée pour votre emploi");
    }
}
