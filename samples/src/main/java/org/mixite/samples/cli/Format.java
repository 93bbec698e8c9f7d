package org.mixite.samples.cli;

/** Output formats of the commands that print results; picocli refuses any other value. */
enum Format {
    json, text
}
