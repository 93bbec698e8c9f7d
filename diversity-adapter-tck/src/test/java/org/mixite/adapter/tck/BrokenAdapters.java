package org.mixite.adapter.tck;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mixite.spi.adapter.AdapterOption;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.validation.SourcePosition;

/**
 * Adapters that each break one clause of the contract, and the kits that test them. They are
 * not run by Surefire (the names do not end in Test): {@link AdapterCompatibilityKitTest}
 * runs them with the JUnit Platform launcher and checks that the kit reports the breach.
 */
public final class BrokenAdapters {

    private BrokenAdapters() {
    }

    /** Keeps every record it returns: memory grows with the input. */
    public static class HoardingAdapter extends LinesAdapter {
        private final List<ReadResult> everything = new ArrayList<>();

        @Override
        public String name() {
            return "tck-hoarding";
        }

        @Override
        protected Optional<ReadResult> returned(ReadResult entry) {
            everything.add(entry);
            return Optional.of(entry);
        }
    }

    /** Throws a raw runtime exception on a line it does not understand. */
    public static class CrashingAdapter extends LinesAdapter {
        @Override
        public String name() {
            return "tck-crashing";
        }

        @Override
        protected Optional<ReadResult> wrongFieldCount(SourcePosition at, String line, int fields) {
            throw new ArrayIndexOutOfBoundsException("Index " + fields + " out of bounds for length 3");
        }
    }

    /** Never closes its stream, and complains when closed twice. */
    public static class LeakyAdapter extends LinesAdapter {
        @Override
        public String name() {
            return "tck-leaky";
        }

        @Override
        protected void closeReader(BufferedReader in, boolean alreadyClosed) {
            if (alreadyClosed) {
                throw new IllegalStateException("already closed");
            }
        }
    }

    /** Skips lines it cannot read and merges repeated ids, without a word. */
    public static class DroppingAdapter extends LinesAdapter {
        private final Set<String> seen = new HashSet<>();

        @Override
        public String name() {
            return "tck-dropping";
        }

        @Override
        protected Optional<ReadResult> wrongFieldCount(SourcePosition at, String line, int fields) {
            return Optional.empty();
        }

        @Override
        protected Optional<ReadResult> returned(ReadResult entry) {
            if (entry instanceof ReadResult.Malformed) {
                return Optional.empty();
            }
            return seen.add(((ReadResult.Parsed) entry).record().id()) ? Optional.of(entry) : Optional.empty();
        }
    }

    /** Declares a name, description and options that break the rules. */
    public static class BadlyDeclaredAdapter extends LinesAdapter {
        @Override
        public String name() {
            return "TCK Badly Declared";
        }

        @Override
        public String description() {
            return "two\nlines";
        }

        @Override
        public List<AdapterOption> options() {
            return List.of(AdapterOption.of("Separator", ""), AdapterOption.of("Separator", "again"));
        }

        @Override
        public Set<String> fileExtensions() {
            return Set.of(".LINES");
        }
    }

    /** The kit, pointed at one of the adapters above. */
    abstract static class Kit extends AdapterCompatibilityKit {
        @Override
        protected Sample validSample() {
            return LinesFormat.validSample();
        }

        @Override
        protected long validSampleRecords() {
            return 4;
        }

        @Override
        protected long validSampleRejections() {
            return 1;
        }

        @Override
        protected Sample write(Iterator<EmployeeRecord> records, Path directory) throws IOException {
            return LinesFormat.write(records, directory);
        }

        @Override
        protected int largeSampleSize() {
            return 50_000;
        }
    }

    static class GoodKit extends Kit {
        @Override
        protected HrisAdapter adapter() {
            return new LinesAdapter();
        }
    }

    static class HoardingKit extends Kit {
        @Override
        protected HrisAdapter adapter() {
            return new HoardingAdapter();
        }
    }

    static class CrashingKit extends Kit {
        @Override
        protected HrisAdapter adapter() {
            return new CrashingAdapter();
        }
    }

    static class LeakyKit extends Kit {
        @Override
        protected HrisAdapter adapter() {
            return new LeakyAdapter();
        }
    }

    static class DroppingKit extends Kit {
        @Override
        protected HrisAdapter adapter() {
            return new DroppingAdapter();
        }
    }

    static class BadlyDeclaredKit extends Kit {
        @Override
        protected HrisAdapter adapter() {
            return new BadlyDeclaredAdapter();
        }
    }
}
