package org.mixite.adapter.dsn;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.validation.SourcePosition;

/**
 * Several monthly DSN files of one year read as one annual record per person (dsn.md §4),
 * combined by {@link DsnYearCombiner}. The files are read one at a time in name order; each
 * record is filed under the month its file declares (S20.G00.05.005), so the result does not
 * depend on the files' names. Malformed entries are passed on as they are met; the annual
 * records follow once the last file is read, each at the position where the person first
 * appeared.
 */
final class DsnYearReader implements RecordReader {

    /** Opens one monthly file. */
    interface MonthlyFiles {
        DsnRecordReader open(String file) throws IOException;
    }

    private final Iterator<String> files;
    private final MonthlyFiles monthly;
    private final DsnYearCombiner combiner = new DsnYearCombiner();
    private final Map<String, SourcePosition> firstSeen = new HashMap<>();
    private final Deque<ReadResult> ready = new ArrayDeque<>();
    private final List<String> warnings = new ArrayList<>();
    private DsnRecordReader current;
    private boolean emitted;

    DsnYearReader(List<String> files, MonthlyFiles monthly) {
        this.files = files.iterator();
        this.monthly = monthly;
    }

    @Override
    public Optional<ReadResult> next() throws IOException {
        while (ready.isEmpty() && !emitted) {
            if (current == null) {
                if (!files.hasNext()) {
                    emitted = true;
                    for (EmployeeRecord r : combiner.result()) {
                        ready.add(new ReadResult.Parsed(firstSeen.get(DsnYearCombiner.key(r)), r));
                    }
                    firstSeen.clear();
                    break;
                }
                current = monthly.open(files.next());
            }
            Optional<ReadResult> entry = current.next();
            if (entry.isEmpty()) {
                warnings.addAll(current.warnings());
                current.close();
                current = null;
            } else if (entry.get() instanceof ReadResult.Parsed parsed) {
                combiner.add(current.declaredMonth(), parsed.record());
                firstSeen.putIfAbsent(DsnYearCombiner.key(parsed.record()), parsed.position());
            } else {
                ready.add(entry.get());
            }
        }
        return Optional.ofNullable(ready.poll());
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
        }
    }
}
