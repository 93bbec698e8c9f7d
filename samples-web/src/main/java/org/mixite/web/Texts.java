package org.mixite.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The page's words in French and English, from {@code texts_fr.properties} and {@code texts_en.properties}. */
final class Texts {

    private static final Map<String, String> FR = load("fr");
    private static final Map<String, String> EN = load("en");

    private Texts() {
    }

    /** The language asked for: {@code fr} or {@code en} (English for anything else). */
    static String language(String asked) {
        return "fr".equalsIgnoreCase(asked) ? "fr" : "en";
    }

    static Locale locale(String language) {
        return "fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH;
    }

    static Map<String, String> of(String language) {
        return "fr".equals(language) ? FR : EN;
    }

    private static Map<String, String> load(String language) {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("texts_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((k, v) -> texts.put((String) k, (String) v));
        return Map.copyOf(texts);
    }
}
