package org.mixite.pdf;

import java.awt.Color;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The running footer of every page after the cover: the company on the left, "page n / total" on
 * the right. The total is a template filled in when the document closes, so it needs no second
 * pass; the footer has no date, so the bytes stay the same for the same input.
 */
final class PageFooter extends PdfPageEventHelper {

    private static final float SIZE = 7.5f;

    private final PdfStyle style;
    private final String company;
    private final Messages messages;
    private final boolean hasCover;
    private PdfTemplate total;

    PageFooter(PdfStyle style, String company, Messages messages, boolean hasCover) {
        this.style = style;
        this.company = company;
        this.messages = messages;
        this.hasCover = hasCover;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (hasCover && page == 1) {
            return; // the cover carries its own footer
        }
        PdfContentByte cb = writer.getDirectContent();
        Rectangle size = document.getPageSize();
        float y = document.bottom() - 24;
        String label = messages.get("footer.page", page);
        cb.saveState();
        cb.setColorFill(Color.GRAY);
        cb.beginText();
        cb.setFontAndSize(style.regular, SIZE);
        cb.showTextAligned(PdfContentByte.ALIGN_LEFT, company, document.left(), y, 0);
        float width = style.regular.getWidthPoint(label, SIZE);
        float right = size.getWidth() - document.rightMargin() - style.regular.getWidthPoint("00", SIZE);
        cb.showTextAligned(PdfContentByte.ALIGN_LEFT, label, right - width, y, 0);
        cb.endText();
        cb.addTemplate(total, right, y);
        cb.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setColorFill(Color.GRAY);
        total.setFontAndSize(style.regular, SIZE);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
