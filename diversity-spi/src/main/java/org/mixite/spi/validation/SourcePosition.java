package org.mixite.spi.validation;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * Where something was read: the source (a file name or URI), and when known its 1-based line
 * and column. Printed as {@code employees.csv:12:5}.
 */
@API(status = API.Status.STABLE)
public record SourcePosition(String source, OptionalLong line, OptionalInt column) {

    public SourcePosition {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(column, "column");
    }

    public static SourcePosition of(String source) {
        return new SourcePosition(source, OptionalLong.empty(), OptionalInt.empty());
    }

    public static SourcePosition of(String source, long line) {
        return new SourcePosition(source, OptionalLong.of(line), OptionalInt.empty());
    }

    public static SourcePosition of(String source, long line, int column) {
        return new SourcePosition(source, OptionalLong.of(line), OptionalInt.of(column));
    }

    /** The same place, narrowed to a column. */
    public SourcePosition atColumn(int newColumn) {
        return new SourcePosition(source, line, OptionalInt.of(newColumn));
    }

    /** The same place, without a column (the whole record). */
    public SourcePosition withoutColumn() {
        return new SourcePosition(source, line, OptionalInt.empty());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source);
        line.ifPresent(l -> text.append(':').append(l));
        column.ifPresent(c -> text.append(':').append(c));
        return text.toString();
    }
}
