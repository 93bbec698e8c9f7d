package org.mixite.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.Objects;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders the report document (the JSON tree also written as {@code report.json}) to PDF:
 * cover, executive summary, Egapro and loi Rixain, pay gaps, composition and flows, the
 * federation benchmark, the analytics (adjusted gap, decomposition, remediation), the trend and the methodology annex. A section whose data is absent is
 * left out, so a partial document still renders.
 *
 * <p>The output is deterministic: no creation or modification date unless the options ask for
 * one, a document ID derived from the content, and stable font-subset names. Two renders of
 * the same input give the same bytes.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReportRenderer {

    private static final Pattern SUBSET_PREFIX = Pattern.compile("/[A-Z]{6}\\+Liberation");
    private static final Pattern DOCUMENT_ID = Pattern.compile("/ID \\[<([0-9a-f]{32})><([0-9a-f]{32})>\\]");

    private ReportRenderer() {
    }

    /**
     * Renders a report.
     *
     * @param report  the report document
     * @param options language, names, sections, threshold, optional date and logo
     * @param out     receives the PDF; not closed
     */
    public static void render(JsonNode report, ReportOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        document(report, options, "title", options.sections().contains(ReportOptions.Section.COVER), out, ReportRenderer::sections);
    }

    /** The report's sections, in order. */
    private static void sections(ReportContext context) {
        JsonNode report = context.report;
        ReportOptions options = context.options;
        Document document = context.document;
        if (options.sections().contains(ReportOptions.Section.COVER)) {
            FrontMatter.cover(context);
        }
        if (options.sections().contains(ReportOptions.Section.SUMMARY)) {
            FrontMatter.summary(context);
        }
        if (options.sections().contains(ReportOptions.Section.EGAPRO) && EgaproSection.present(report)) {
            EgaproSection.render(context);
        }
        if (options.sections().contains(ReportOptions.Section.PAYGAP) && PayGapSection.present(report)) {
            PayGapSection.render(context);
        }
        if (options.sections().contains(ReportOptions.Section.PAYGAP) && FranceSection.obligationsPresent(report)) {
            FranceSection.reportObligations(context);
        }
        if (options.sections().contains(ReportOptions.Section.COMPOSITION) && CompositionSection.present(report)) {
            CompositionSection.render(context);
        }
        if (options.sections().contains(ReportOptions.Section.FEDERATION) && CompositionSection.federationPresent(report)) {
            CompositionSection.federation(context);
        }
        if (options.sections().contains(ReportOptions.Section.ANALYTICS) && AnalyticsSection.present(report)) {
            AnalyticsSection.render(context);
        }
        if (options.sections().contains(ReportOptions.Section.TREND) && BackMatter.trendPresent(report)) {
            BackMatter.trend(context);
        }
        if (options.sections().contains(ReportOptions.Section.METHODOLOGY) || document.getPageNumber() == 0) {
            BackMatter.methodology(context);
        }
    }

    /**
     * One deterministic PDF document: A4, the footer, the language, and the body drawn by
     * {@code body} from the JSON document (the report, or another document such as France 2027's).
     *
     * @param titleKey the message key of the document's title
     * @param cover    whether the first page is a cover (the footer skips it)
     */
    static void document(JsonNode report, ReportOptions options, String titleKey, boolean cover, OutputStream out,
                         java.util.function.Consumer<ReportContext> body) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        Document document = new Document(PageSize.A4, 56, 56, 60, 56);
        PdfWriter writer = PdfWriter.getInstance(document, buffer);
        Messages messages = new Messages(options.locale());
        document.addTitle(messages.get(titleKey) + " — " + options.company());
        document.addSubject(messages.get("subtitle") + " " + options.periodLabel());
        document.addCreator("Mixité");
        PdfStyle style = new PdfStyle();
        writer.setPageEvent(new PageFooter(style, options.company(), messages, cover));
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new org.openpdf.text.pdf.PdfString(messages.locale().getLanguage()));
        body.accept(new ReportContext(document, writer, style, messages, report, options));
        // Dates only when asked for: the same input must give the same bytes.
        writer.getInfo().remove(PdfName.CREATIONDATE);
        writer.getInfo().remove(PdfName.MODDATE);
        options.creationDate().ifPresent(instant -> {
            Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            calendar.setTimeInMillis(instant.toEpochMilli());
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar));
        });
        document.close();
        out.write(deterministic(buffer.toByteArray()));
        out.flush();
    }

    /**
     * Replaces what OpenPDF draws at random: the font-subset prefixes (same length, so offsets
     * hold) and the document ID, set to a hash of the content.
     */
    static byte[] deterministic(byte[] pdf) {
        // ISO-8859-1 maps bytes to chars one to one, so the replacements keep every offset.
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        text = SUBSET_PREFIX.matcher(text).replaceAll("/MIXITE+Liberation");
        Matcher id = DOCUMENT_ID.matcher(text);
        String zeroed = id.replaceAll("/ID [<" + "0".repeat(32) + "><" + "0".repeat(32) + ">]");
        String hash = HexFormat.of().formatHex(sha256(zeroed.getBytes(StandardCharsets.ISO_8859_1))).substring(0, 32);
        String fixed = DOCUMENT_ID.matcher(zeroed).replaceAll("/ID [<" + hash + "><" + hash + ">]");
        return fixed.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
