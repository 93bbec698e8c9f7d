package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    @DisplayName("the progress bar is off when there is no terminal, and with --quiet")
    void offWithoutTerminal() {
        // Under Maven Surefire, stdin/stderr are pipes: no console at all, or one that is not a terminal.
        assertThat(Progress.enabled(false, System.console())).isFalse();
        assertThat(Progress.enabled(true, System.console())).isFalse();
        assertThat(Progress.enabled(false, null)).isFalse();
    }
}
