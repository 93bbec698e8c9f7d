package org.mixite.pdf;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * How to render a report.
 *
 * @param locale       French (default) or English; numbers and dates follow it
 * @param company      the company (or federation) name on the cover
 * @param periodLabel  the reference period as shown, e.g. {@code 2025-01-01 – 2025-12-31}
 * @param logo         an optional logo (PNG or JPEG bytes) for the cover
 * @param sections     the sections to include, in their fixed order
 * @param minCell      the small-cell threshold, stated in the report
 * @param creationDate a creation date to stamp in the PDF; none by default, so that the same
 *                     input gives the same bytes
 */
@API(status = API.Status.EXPERIMENTAL)
public record ReportOptions(Locale locale, String company, String periodLabel, Optional<byte[]> logo,
                            Set<Section> sections, int minCell, Optional<Instant> creationDate) {

    /** The report's sections. */
    public enum Section { COVER, SUMMARY, EGAPRO, PAYGAP, COMPOSITION, FEDERATION, ANALYTICS, TREND, METHODOLOGY }

    public ReportOptions {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(periodLabel, "periodLabel");
        Objects.requireNonNull(logo, "logo");
        sections = Set.copyOf(sections);
        Objects.requireNonNull(creationDate, "creationDate");
    }

    /** All sections, French, k = 5, no logo, no date. */
    public static ReportOptions of(String company, String periodLabel) {
        return new ReportOptions(Locale.FRENCH, company, periodLabel, Optional.empty(), EnumSet.allOf(Section.class), 5, Optional.empty());
    }

    public ReportOptions withLocale(Locale value) {
        return new ReportOptions(value, company, periodLabel, logo, sections, minCell, creationDate);
    }

    public ReportOptions withSections(Set<Section> value) {
        return new ReportOptions(locale, company, periodLabel, logo, value, minCell, creationDate);
    }

    public ReportOptions withMinCell(int value) {
        return new ReportOptions(locale, company, periodLabel, logo, sections, value, creationDate);
    }

    public ReportOptions withLogo(byte[] image) {
        return new ReportOptions(locale, company, periodLabel, Optional.of(image.clone()), sections, minCell, creationDate);
    }
}
