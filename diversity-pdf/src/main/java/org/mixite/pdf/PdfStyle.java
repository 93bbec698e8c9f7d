package org.mixite.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The report's look: embedded Liberation Sans (SIL Open Font License, from OpenPDF's font
 * artifact), so accents render everywhere and the PDF is self-contained, and the Okabe–Ito
 * colour-blind-safe palette. Colours never carry meaning alone: every light has its word.
 */
final class PdfStyle {

    static final Color WOMEN = new Color(0xE6, 0x9F, 0x00);   // Okabe–Ito orange
    static final Color MEN = new Color(0x00, 0x72, 0xB2);     // Okabe–Ito blue
    static final Color GREEN = new Color(0x00, 0x9E, 0x73);   // bluish green
    static final Color AMBER = new Color(0xE6, 0x9F, 0x00);
    static final Color RED = new Color(0xD5, 0x5E, 0x00);     // vermillion
    static final Color EXPLAINED = new Color(0x56, 0xB4, 0xE9);   // Okabe–Ito sky blue
    static final Color UNEXPLAINED = new Color(0xD5, 0x5E, 0x00); // Okabe–Ito vermillion
    static final Color GREY = new Color(0x99, 0x99, 0x99);
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color ACCENT = new Color(0x00, 0x5A, 0x8C);
    static final Color RULE = new Color(0xDD, 0xDD, 0xDD);
    static final Color BAND = new Color(0xF3, 0xF6, 0xF9);

    final BaseFont regular;
    final BaseFont bold;
    final java.awt.Font awtRegular;

    PdfStyle() {
        byte[] regularTtf = font("LiberationSans-Regular.ttf");
        byte[] boldTtf = font("LiberationSans-Bold.ttf");
        try {
            regular = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, regularTtf, null);
            bold = BaseFont.createFont("LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, boldTtf, null);
            awtRegular = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(regularTtf));
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("cannot load the embedded fonts", e);
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfStyle.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing: add com.github.librepdf:openpdf-fonts-extra");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Font title() {
        return new Font(bold, 26, Font.NORMAL, INK);
    }

    Font heading() {
        return new Font(bold, 16, Font.NORMAL, ACCENT);
    }

    Font subheading() {
        return new Font(bold, 11.5f, Font.NORMAL, INK);
    }

    Font body() {
        return new Font(regular, 9.5f, Font.NORMAL, INK);
    }

    Font strong() {
        return new Font(bold, 9.5f, Font.NORMAL, INK);
    }

    Font small() {
        return new Font(regular, 8, Font.NORMAL, new Color(0x55, 0x55, 0x55));
    }

    Font big() {
        return new Font(bold, 22, Font.NORMAL, INK);
    }

    Font colored(Color color, float size) {
        return new Font(bold, size, Font.NORMAL, color);
    }

    java.awt.Font chartFont(float size) {
        return awtRegular.deriveFont(size);
    }
}
