package org.mixite.spi.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InputSourceTest {

    @Test
    @DisplayName("a URI's credentials never reach messages: user info and password parameters are masked")
    void credentialsMasked() {
        assertThat(InputSource.of(URI.create("jdbc:postgresql://db:5432/hr?user=hr&password=s3cret&ssl=true")).name())
                .isEqualTo("jdbc:postgresql://db:5432/hr?user=hr&password=***&ssl=true");
        assertThat(InputSource.of(URI.create("https://alice:pw@hris.example/export")).name())
                .isEqualTo("https://***@hris.example/export");
    }

    @Test
    @DisplayName("the extension of a file name, lower-case, for probing")
    void extension() {
        assertThat(InputSource.of("dir.v2/Export.CSV", new byte[0]).extension()).hasValue("csv");
        assertThat(InputSource.of("README", new byte[0]).extension()).isEmpty();
    }
}
