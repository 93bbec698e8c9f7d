package org.mixite.samples.cli;

import picocli.CommandLine;

/** Reads {@code --min-cell K}: a whole number of at least 1, else a usage error (exit 2). */
final class MinCellConverter implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        int k;
        try {
            k = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
        }
        if (k < 1) {
            throw new CommandLine.TypeConversionException("must be at least 1, was " + k);
        }
        return k;
    }
}
