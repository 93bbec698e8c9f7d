package org.mixite.pdf;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The report's words and number formats in one language: text from {@code messages_fr} or
 * {@code messages_en}, numbers as the locale writes them ({@code 12,3 %} in French,
 * {@code 12.3%} in English).
 */
final class Messages {

    private final Locale locale;
    private final ResourceBundle bundle;

    Messages(Locale locale) {
        this.locale = locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH;
        this.bundle = ResourceBundle.getBundle("org.mixite.pdf.messages", this.locale);
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** A message with arguments (MessageFormat rules: a quote is written twice). */
    String get(String key, Object... args) {
        MessageFormat format = new MessageFormat(bundle.getString(key), locale);
        return format.format(args);
    }

    /** A number with one decimal, as the locale writes it: 12,3 or 12.3. */
    String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(value.scale() > 0 ? Math.min(value.scale(), 2) : 0);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(true);
        // Plain spaces: the fonts embedded cover them everywhere, and extraction stays simple.
        return format.format(value).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** A number with exactly this many decimals (half up), as the locale writes it. */
    String number(BigDecimal value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** A percentage: 12,3 % in French, 12.3% in English; n/a when absent. */
    String percent(Optional<BigDecimal> value) {
        return value.map(v -> locale.getLanguage().equals("fr") ? number(v) + " %" : number(v) + "%").orElse(get("na"));
    }

    /** A percentage with exactly this many decimals: 2,40 % or 2.40%; n/a when absent. */
    String percent(Optional<BigDecimal> value, int decimals) {
        return value.map(v -> locale.getLanguage().equals("fr") ? number(v, decimals) + " %" : number(v, decimals) + "%").orElse(get("na"));
    }

    String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
