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

    private final List<String> fileNames;
    private final Iterator<String> files;
    private final MonthlyFiles monthly;
    private final DsnYearCombiner combiner = new DsnYearCombiner();
    private final Map<String, SourcePosition> firstSeen = new HashMap<>();
    private final Deque<ReadResult> ready = new ArrayDeque<>();
    private final List<String> warnings = new ArrayList<>();
    private DsnRecordReader current;
    /** Which declarations a later one replaces or cancels; read from the headers before the individuals. */
    private Declarations declarations;
    private long replacedMonths;
    private String currentFile;
    private boolean emitted;

    DsnYearReader(List<String> files, MonthlyFiles monthly) {
        this.fileNames = List.copyOf(files);
        this.files = fileNames.iterator();
        this.monthly = monthly;
    }

    @Override
    public Optional<ReadResult> next() throws IOException {
        while (ready.isEmpty() && !emitted) {
            if (declarations == null) {
                declarations = Declarations.read(fileNames);
            }
            if (current == null) {
                if (!files.hasNext()) {
                    emitted = true;
                    for (DsnYearCombiner.Combined c : combiner.combined()) {
                        ready.add(new ReadResult.Parsed(firstSeen.get(c.key()), c.record()));
                    }
                    firstSeen.clear();
                    break;
                }
                String file = files.next();
                currentFile = file;
                current = monthly.open(file);
                current.replacementsApplied = true;
                DsnRecordReader reading = current;
                // Each individual is combined as it is read, with the month's facts the record has no column for.
                current.observer = (individual, result) -> {
                    if (declarations.isSuperseded(file, reading.declarationOrdinal())) {
                        replacedMonths++; // replaced or cancelled by a later declaration (dsn.md §3)
                    } else if (result instanceof ReadResult.Parsed parsed) {
                        MonthFacts facts = individual.facts();
                        combiner.add(reading.declaredMonth(), parsed.record(), facts);
                        firstSeen.putIfAbsent(DsnYearCombiner.key(parsed.record(), facts), parsed.position());
                    }
                };
            }
            Optional<ReadResult> entry = current.next();
            if (entry.isEmpty()) {
                warnings.addAll(current.warnings());
                current.close();
                current = null;
            } else if (!(entry.get() instanceof ReadResult.Parsed) // parsed ones were combined by the observer
                    && !declarations.isSuperseded(currentFile, current.entryDeclarationOrdinal())) {
                ready.add(entry.get()); // a problem in a declaration a later one replaces is moot
            }
        }
        return Optional.ofNullable(ready.poll());
    }

    @Override
    public List<String> warnings() {
        return warnings(warnings, declarations, replacedMonths, combiner, emitted);
    }

    /**
     * The year's warnings: the files' own, then what combining them did. Shared with
     * {@link ParallelDsnYearReader}, which must say exactly the same.
     */
    static List<String> warnings(List<String> fileWarnings, Declarations declarations, long replacedMonths,
                                 DsnYearCombiner combiner, boolean emitted) {
        List<String> all = new ArrayList<>(fileWarnings);
        if (declarations != null) {
            all.addAll(declarations.notes());
        }
        if (replacedMonths > 0) {
            all.add(replacedMonths + " person-month(s) of replaced or cancelled declarations left out");
        }
        if (emitted && combiner.duplicateMonths() > 0) {
            all.add(combiner.duplicateMonths() + " person-month(s) declared more than once by normal declarations (e.g. a "
                    + "file given twice): the first declaration read was kept, the others ignored");
        }
        if (emitted) {
            all.add("raised and promoted are estimated from month-to-month changes (dsn.md §4: hourly base rate up more "
                    + "than 0.5% outside stoppages and working-time changes; PCS-ESE, statut or level up)");
        }
        return List.copyOf(all);
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
        }
    }
}
