package org.mixite.spi.adapter;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/** One entry read from an input: a record, or a row that could not be turned into one. */
@API(status = API.Status.STABLE)
public sealed interface ReadResult permits ReadResult.Parsed, ReadResult.Malformed {

    /** Where the entry starts (file and line). */
    SourcePosition position();

    /**
     * A record, not yet validated.
     *
     * @param columns the source column of each field, so that violations can name it
     */
    record Parsed(SourcePosition position, EmployeeRecord record, Map<RecordField, Integer> columns)
            implements ReadResult {
        public Parsed {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(record, "record");
            columns = Map.copyOf(columns);
        }

        public Parsed(SourcePosition position, EmployeeRecord record) {
            this(position, record, Map.of());
        }
    }

    /**
     * A row that could not be read as a record.
     *
     * @param id         the row's id when it could be read, to help find it
     * @param violations every problem found in the row, at least one
     */
    record Malformed(SourcePosition position, Optional<String> id, List<Violation> violations)
            implements ReadResult {
        public Malformed {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(id, "id");
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a malformed row needs at least one violation");
            }
        }
    }
}
