package org.mixite.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 6: the report's words, in both languages, format cleanly. */
class MessagesTest {

    private static final Object[] ARGS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    @DisplayName("both languages have the same keys, and every message formats with no placeholder or MessageFormat quote left")
    void everyMessageFormats() {
        ResourceBundle fr = ResourceBundle.getBundle("org.mixite.pdf.messages", Locale.FRENCH);
        ResourceBundle en = ResourceBundle.getBundle("org.mixite.pdf.messages", Locale.ENGLISH);
        Set<String> frKeys = new TreeSet<>(Collections.list(fr.getKeys()));
        Set<String> enKeys = new TreeSet<>(Collections.list(en.getKeys()));
        assertThat(frKeys).isEqualTo(enKeys);
        for (ResourceBundle bundle : new ResourceBundle[] {fr, en}) {
            Messages messages = new Messages(bundle.getLocale());
            for (String key : frKeys) {
                String raw = bundle.getString(key);
                assertThat(raw).as(key).doesNotContain("'");
                String formatted = new MessageFormat(raw, bundle.getLocale()).format(ARGS);
                assertThat(formatted).as(key).doesNotContainPattern("\\{\\d");
                assertThat(messages.get(key)).as(key).isEqualTo(raw);
            }
        }
    }
}
