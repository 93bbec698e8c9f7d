package org.mixite.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * France 2027 documents as PDF, deterministic like the report: the section "Reconciliation with
 * the pre-filled figures" (from {@code FranceJson.reconciliation}), and the declaration of a
 * year, in French, for the CSE (from {@code FranceJson.declaration}).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class FranceRenderer {

    private FranceRenderer() {
    }

    /** The reconciliation with the GIP-MDS pre-filled figures, in the options' language. */
    public static void reconciliation(JsonNode reconciliation, ReportOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(reconciliation, "reconciliation");
        ReportRenderer.document(reconciliation, options, "reconcile.title", false, out, FranceSection::reconciliation);
    }

    /** The declaration, in French whatever the options' language: the document the CSE reads. */
    public static void declaration(JsonNode declaration, ReportOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(declaration, "declaration");
        ReportRenderer.document(declaration, options.withLocale(Locale.FRENCH), "france.title", false, out, FranceSection::declaration);
    }
}
