package org.mixite.samples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.spi.load.LoadResult;

class EmbeddingExampleTest {

    @Test
    @DisplayName("the README's embedding example runs and reconciles")
    void runs(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("e.csv"), "id,sex,birth_year,fte\nA,F,1980,1\nB,M,1981,2\n");
        LoadResult result = EmbeddingExample.run(csv);
        assertThat(result.summary().accepted()).isEqualTo(1);
        assertThat(result.summary().rejected()).isEqualTo(1);
    }

    @Test
    @DisplayName("the README shows the example verbatim")
    void readmeShowsIt() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Path source = root.resolve("src/main/java/org/mixite/samples/embedding/EmbeddingExample.java");
        List<String> lines = Files.readAllLines(source);
        int begin = lines.indexOf("        // README-BEGIN");
        int end = lines.indexOf("        // README-END");
        assertThat(begin).isPositive();
        String snippet = String.join("\n", lines.subList(begin + 1, end).stream().map(l -> l.substring(8)).toList());
        String readme = Files.readString(root.getParent().resolve("README.md"));
        assertThat(readme).contains(snippet);
    }
}
