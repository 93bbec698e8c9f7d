package org.mixite.core.information;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.indicators.paygap.PayLevel;
import org.mixite.spi.model.ReferencePeriod;

/**
 * The answer to one worker's request (Art. 7): nothing in it is about another person.
 *
 * @param request            the request
 * @param period             the reference period of the figures
 * @param category           the worker's category of workers
 * @param categoryDefinition how that category is defined, in English and French (Art. 7(1): the
 *                           category of workers doing the same work or work of equal value)
 * @param own                the worker's own pay level; empty when they had no pay in the period
 * @param women              the women's average in the category, or withheld
 * @param men                the men's average in the category, or withheld
 * @param minCell            the minimum cell size applied
 */
@API(status = API.Status.EXPERIMENTAL)
public record InformationAnswer(InformationRequest request, ReferencePeriod period, String category,
                                CategoryDefinition categoryDefinition, Optional<PayLevel> own, GroupFigure women,
                                GroupFigure men, int minCell) {

    public InformationAnswer {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(categoryDefinition, "categoryDefinition");
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(women, "women");
        Objects.requireNonNull(men, "men");
    }

    /** The date the answer is due: two months after the request (Art. 7(4)). */
    public LocalDate dueDate() {
        return request.dueDate();
    }

    /** A category's definition in both languages of the reports. */
    public record CategoryDefinition(String english, String french) {
        public CategoryDefinition {
            Objects.requireNonNull(english, "english");
            Objects.requireNonNull(french, "french");
        }

        public String in(boolean frenchText) {
            return frenchText ? french : english;
        }
    }
}
