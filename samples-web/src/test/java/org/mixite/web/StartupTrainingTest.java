package org.mixite.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's ahead-of-time cache is trained on this workload: it must run the main job for real, and succeed. */
class StartupTrainingTest {

    @Test
    @DisplayName("issue 20, cold start: the training workload generates data, reports on it and runs the demo, all successfully")
    void trainsOnTheMainJob(@TempDir Path dir) throws Exception {
        assertThat(StartupTraining.train(dir, 500)).isZero();
        assertThat(dir.resolve("employees.csv")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("report/report.json"))).contains("\"egapro\"");
        assertThat(dir.resolve("report/report.pdf")).isNotEmptyFile();
        assertThat(dir.resolve("demo/report.pdf")).isNotEmptyFile();
    }
}
