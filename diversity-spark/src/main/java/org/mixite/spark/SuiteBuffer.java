package org.mixite.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoSerializable;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.List;
import java.util.TreeSet;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.spi.load.LoadSummary;

/**
 * The aggregation buffer of one company (or of everything): an {@link IndicatorSuite} and the
 * load's counts, so that a company's document says how many rows were read, accepted and
 * rejected, as the single-JVM report does. Spark keeps it as an object while rows are added and
 * serialises it only to move it (after the map side, to merge): through Kryo
 * ({@link KryoSerializable}, for {@code Encoders.kryo}) or Java serialization
 * ({@link Externalizable}, for task results), both writing the bytes of {@link SuiteKryo}.
 */
public final class SuiteBuffer implements KryoSerializable, Externalizable {

    private static final long serialVersionUID = 1L;

    private IndicatorSuite suite;
    /** The company of the first entry added (a per-company buffer sees only one). */
    private String company = "";
    private TreeSet<String> sources = new TreeSet<>();
    private TreeSet<String> adapters = new TreeSet<>();
    private java.util.ArrayList<String> warnings = new java.util.ArrayList<>();
    private long accepted;
    private long rejected;

    /** For deserialisation only. */
    public SuiteBuffer() {
    }

    SuiteBuffer(IndicatorSuite suite) {
        this.suite = suite;
    }

    IndicatorSuite suite() {
        return suite;
    }

    void warnings(List<String> more) {
        warnings.addAll(more);
    }

    void accepted(String company, String source, String adapter) {
        note(company, source, adapter);
        accepted++;
    }

    void rejected(String company, String source, String adapter) {
        note(company, source, adapter);
        rejected++;
    }

    private void note(String company, String source, String adapter) {
        if (this.company.isEmpty()) {
            this.company = company;
        }
        sources.add(source);
        adapters.add(adapter);
    }

    SuiteBuffer merge(SuiteBuffer other) {
        suite.merge(other.suite);
        accepted += other.accepted;
        rejected += other.rejected;
        if (company.isEmpty()) {
            company = other.company;
        }
        sources.addAll(other.sources);
        adapters.addAll(other.adapters);
        warnings.addAll(other.warnings);
        return this;
    }

    String company() {
        return company;
    }

    /** What was loaded: the sources and adapters listed once each, sorted (as {@link LoadSummary#combine} joins them). */
    LoadSummary summary() {
        return new LoadSummary(String.join(", ", sources), String.join(", ", adapters), accepted + rejected, accepted,
                rejected, warnings);
    }

    @Override
    public void write(Kryo kryo, Output output) {
        byte[] bytes = bytes();
        output.writeVarInt(bytes.length, true);
        output.writeBytes(bytes);
    }

    @Override
    public void read(Kryo kryo, Input input) {
        restore(input.readBytes(input.readVarInt(true)));
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        byte[] bytes = bytes();
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        restore(bytes);
    }

    private byte[] bytes() {
        return SuiteKryo.encode(new Object[] {suite, company, sources, adapters, warnings, accepted, rejected});
    }

    @SuppressWarnings("unchecked")
    private void restore(byte[] bytes) {
        Object[] state = SuiteKryo.decode(bytes, Object[].class);
        suite = (IndicatorSuite) state[0];
        company = (String) state[1];
        sources = (TreeSet<String>) state[2];
        adapters = (TreeSet<String>) state[3];
        warnings = (java.util.ArrayList<String>) state[4];
        accepted = (Long) state[5];
        rejected = (Long) state[6];
    }
}
