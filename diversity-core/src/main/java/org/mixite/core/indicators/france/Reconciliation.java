package org.mixite.core.indicators.france;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/** The state's pre-filled figures against ours, for every SIREN reconciled. */
@API(status = API.Status.EXPERIMENTAL)
public record Reconciliation(GipMetadata metadata, List<CompanyReconciliation> companies) {

    public Reconciliation {
        Objects.requireNonNull(metadata, "metadata");
        companies = List.copyOf(companies);
    }

    public boolean allEqual() {
        return companies.stream().allMatch(CompanyReconciliation::allEqual);
    }

    public long differences() {
        return companies.stream().mapToLong(c -> c.differences().size()).sum();
    }
}
