package org.mixite.core.indicators.france;

import java.time.LocalDate;
import java.time.Month;
import org.apiguardian.api.API;

/**
 * The campaign calendar of declaration year N, the platform's defaults (regulations.md §2):
 * declaration and justification by 1 June N, joint evaluation by 1 August N, second declaration
 * by 1 December N, choice of the compliance path by 1 January N + 1, representation (loi
 * Rixain) by 1 March N.
 */
@API(status = API.Status.EXPERIMENTAL)
public record Deadlines(LocalDate declaration, LocalDate jointEvaluation, LocalDate secondDeclaration,
                        LocalDate compliancePathChoice, LocalDate representation) {

    public static Deadlines of(int year) {
        return new Deadlines(LocalDate.of(year, Month.JUNE, 1), LocalDate.of(year, Month.AUGUST, 1),
                LocalDate.of(year, Month.DECEMBER, 1), LocalDate.of(year + 1, Month.JANUARY, 1),
                LocalDate.of(year, Month.MARCH, 1));
    }
}
