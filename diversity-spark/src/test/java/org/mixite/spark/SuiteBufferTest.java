package org.mixite.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.core.report.IndicatorSuite.ReportSettings;
import org.mixite.json.MixiteJson;
import org.mixite.json.ReportJson;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/** The accumulators' encoding: what crosses Spark's shuffle must come back able to merge and give the same results. */
class SuiteBufferTest {

    private static final ReportSettings SETTINGS = ReportSettings.of(ReferencePeriod.calendarYear(2025));
    private static final LoadSummary NONE = new LoadSummary("x", "x", 0, 0, 0, List.of());

    private static String json(IndicatorSuite suite) {
        return MixiteJson.toString(ReportJson.document("c", suite.results(), NONE).toJson());
    }

    private static SuiteBuffer filled(List<EmployeeRecord> records) {
        SuiteBuffer buffer = new SuiteBuffer(new IndicatorSuite(SETTINGS));
        records.forEach(r -> {
            buffer.suite().add(r);
            buffer.accepted("c", "s", "a");
        });
        return buffer;
    }

    /** Through Spark's own Kryo path: a plain Kryo instance that sees a KryoSerializable. */
    private static SuiteBuffer viaKryo(SuiteBuffer buffer) {
        Kryo kryo = new Kryo();
        Output out = new Output(1024, -1);
        kryo.writeObject(out, buffer);
        return kryo.readObject(new Input(out.toBytes()), SuiteBuffer.class);
    }

    private static SuiteBuffer viaJava(SuiteBuffer buffer) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(buffer);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (SuiteBuffer) in.readObject();
        }
    }

    @Test
    @DisplayName("round trip: a suite through Kryo and through Java serialization gives the same report, and halves merged after the trip equal the whole")
    void roundTrip() throws Exception {
        // Several companies (a federation inside the suite), every field kind the generator fills.
        List<EmployeeRecord> records = Workforce.companies(4, 11).values().stream().flatMap(List::stream).toList();
        IndicatorSuite whole = new IndicatorSuite(SETTINGS);
        records.forEach(whole::add);
        String expected = json(whole);

        SuiteBuffer copy = viaKryo(filled(records));
        assertThat(json(copy.suite())).isEqualTo(expected);
        assertThat(copy.summary().accepted()).isEqualTo(records.size());
        assertThat(json(viaJava(filled(records)).suite())).isEqualTo(expected);

        int half = records.size() / 2;
        SuiteBuffer left = viaKryo(filled(records.subList(0, half)));
        SuiteBuffer right = viaJava(filled(records.subList(half, records.size())));
        assertThat(json(left.merge(right).suite())).isEqualTo(expected);
        assertThat(left.summary().read()).isEqualTo(records.size());
        // The trip is not a no-op: an empty suite's report differs.
        assertThat(json(new IndicatorSuite(SETTINGS))).isNotEqualTo(expected);
    }

    @Test
    @DisplayName("round trip: the settings (records, immutable maps of the job mapping) come back equal")
    void settingsRoundTrip() {
        ReportSettings copy = SuiteKryo.decode(SuiteKryo.encode(SETTINGS), ReportSettings.class);
        assertThat(copy.period()).isEqualTo(SETTINGS.period());
        assertThat(copy.payGapOptions()).isEqualTo(SETTINGS.payGapOptions());
        assertThat(copy.jobs().version()).isEqualTo(SETTINGS.jobs().version());
        assertThat(copy.jobs().technicalDigitalSubFamilies()).isEqualTo(SETTINGS.jobs().technicalDigitalSubFamilies());
        assertThat(copy.minCell()).isEqualTo(SETTINGS.minCell());
    }
}
