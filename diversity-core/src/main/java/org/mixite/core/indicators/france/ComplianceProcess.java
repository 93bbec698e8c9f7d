package org.mixite.core.indicators.france;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The compliance process (joint evaluation or correction within 6 months, then a second
 * declaration): required when the workforce is 100+, G is declared, and a category's gap is
 * ≥ 5% (regulations.md §2) in either direction: |gap| ≥ 5, as the platform decides it since
 * SocialGouv/egapro PR #4040 and as Directive Art. 10(1)(a) reads; the spec's "positive gaps only"
 * describes the platform before that change.
 *
 * @param required             whether the company must choose a compliance path
 * @param categories           the categories that trigger it (shown ones)
 * @param suppressedCategories how many triggering categories are below the minimum cell size (counted, not named)
 */
@API(status = API.Status.EXPERIMENTAL)
public record ComplianceProcess(boolean required, List<String> categories, long suppressedCategories) {

    public ComplianceProcess {
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
    }
}
