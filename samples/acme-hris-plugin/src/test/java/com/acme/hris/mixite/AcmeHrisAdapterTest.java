package com.acme.hris.mixite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.Probe;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

/** ACME's vocabulary mapped onto the canonical record. */
@DisplayName("The ACME HRIS adapter")
class AcmeHrisAdapterTest {

    private static final InputSource SAMPLE = InputSource.of(Path.of("src/test/resources/sample.acme.json"));

    private static LoadResult load(InputSource input) {
        return DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new AcmeHrisAdapter()))
                .adapter(AcmeHrisAdapter.NAME).build().load(input);
    }

    @Test
    @DisplayName("maps workers onto records: gender words, CDI/CDD, ratio in percent, nested site and position")
    void mapsVendorFields() {
        Map<String, EmployeeRecord> byId = load(SAMPLE).records().stream()
                .collect(Collectors.toMap(EmployeeRecord::id, Function.identity()));
        assertThat(byId).containsOnlyKeys("W-001", "W-002", "W-003", "W-004");
        EmployeeRecord w1 = byId.get("W-001");
        assertThat(w1.sex()).isEqualTo(Sex.FEMALE);
        assertThat(w1.birthDate()).contains(LocalDate.of(1980, 4, 2));
        assertThat(w1.establishment()).contains("Paris");
        assertThat(w1.jobCode()).contains("388a");
        assertThat(w1.jobFamily()).contains("Engineering");
        assertThat(w1.level()).contains("L3");
        assertThat(w1.contract()).isEqualTo(ContractType.PERMANENT);
        assertThat(w1.fte()).isEqualByComparingTo("1");
        assertThat(w1.annualBasePay()).contains(new BigDecimal("52000.00"));
        assertThat(w1.annualVariablePay()).contains(new BigDecimal("3000"));
        assertThat(w1.raised()).isTrue();
        EmployeeRecord w2 = byId.get("W-002");
        assertThat(w2.contract()).isEqualTo(ContractType.FIXED_TERM);
        assertThat(w2.fte()).isEqualTo(new BigDecimal("0.8"));
        assertThat(w2.exitDate()).contains(LocalDate.of(2025, 2, 28));
        assertThat(w2.promoted()).isTrue();
        assertThat(byId.get("W-003").raisedAfterMaternity()).isTrue();
        assertThat(byId.get("W-004").sex()).isEqualTo(Sex.OTHER);
        assertThat(byId.get("W-004").contract()).isEqualTo(ContractType.APPRENTICE);
    }

    @Test
    @DisplayName("rejects unknown genders, other currencies and impossible ratios, without echoing pay")
    void rejectsWithReasons() {
        Map<String, Rejection> byId = load(SAMPLE).rejections().stream()
                .collect(Collectors.toMap(r -> r.id().orElseThrow(), Function.identity()));
        assertThat(byId.get("W-005").violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("sex");
            assertThat(v.message()).contains("robot");
        });
        assertThat(byId.get("W-006").violations()).singleElement().satisfies(v ->
                assertThat(v.message()).contains("USD").doesNotContain("45000"));
        assertThat(byId.get("W-007").violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("fte"));
        assertThat(byId.get("W-005").position().line()).hasValue(25);
    }

    @Test
    @DisplayName("another vendor's JSON is refused as a whole")
    void refusesOtherExports() {
        InputSource other = InputSource.of("other.acme.json",
                "{\"export\": {\"vendor\": \"Globex\"}, \"workers\": []}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> load(other)).isInstanceOf(InputException.class).hasMessageContaining("not an ACME HRIS export");
    }

    @Test
    @DisplayName("probing is certain for *.acme.json and for an ACME header, and declines plain JSON")
    void probe() throws Exception {
        AcmeHrisAdapter adapter = new AcmeHrisAdapter();
        assertThat(adapter.probe(SAMPLE)).isEqualTo(Probe.CERTAIN);
        assertThat(adapter.probe(InputSource.of("export.json",
                "{\"export\": {\"vendor\": \"ACME HRIS\"}}".getBytes(StandardCharsets.UTF_8)))).isEqualTo(Probe.CERTAIN);
        assertThat(adapter.probe(InputSource.of("employees.json", "[{\"id\": \"A\"}]".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Probe.NO);
    }
}
