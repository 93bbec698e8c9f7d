package org.mixite.samples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mixite.adapters.csv.CanonicalCsvWriter;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.core.jobs.JobFamily;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.Sex;
import org.mixite.spi.validation.RecordValidator;
import org.mixite.spi.validation.SourcePosition;

/** Issue 8: the demo data is deterministic, realistic, valid, and the shipped files never drift. */
class DemoDataGeneratorTest {

    private static String csv(DemoDataGenerator generator) {
        StringWriter out = new StringWriter();
        try (CanonicalCsvWriter writer = new CanonicalCsvWriter(out)) {
            generator.records().forEach(r -> {
                try {
                    writer.write(r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(DemoData.class)
    @DisplayName("the shipped demo files are exactly what the generator writes")
    void shippedFilesMatchTheGenerator(DemoData data) throws IOException {
        if (Boolean.getBoolean("mixite.regenerateDemo")) { // run once with -Dmixite.regenerateDemo=true after changing the generator
            java.nio.file.Files.writeString(java.nio.file.Path.of("src/main/resources" + DemoData.FOLDER + data.file()), csv(data.generator()));
        }
        try (InputStream in = DemoData.class.getResourceAsStream(DemoData.FOLDER + data.file())) {
            assertThat(in).as(data.file()).isNotNull();
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(csv(data.generator()));
        }
    }

    @Test
    @DisplayName("the same seed gives the same bytes; another seed gives others")
    void deterministic() {
        assertThat(csv(new DemoDataGenerator(7, 500, 2, 2025))).isEqualTo(csv(new DemoDataGenerator(7, 500, 2, 2025)));
        assertThat(csv(new DemoDataGenerator(8, 500, 2, 2025))).isNotEqualTo(csv(new DemoDataGenerator(7, 500, 2, 2025)));
    }

    @Test
    @DisplayName("proportions: ~24% women overall, 15-20% in technical digital jobs, a leaky pipeline, Occitanie present")
    void proportions() {
        List<EmployeeRecord> records = new DemoDataGenerator(2025, 20_000, 1, 2025).records().toList();
        JobClassifier jobs = JobClassifier.defaults();
        long women = records.stream().filter(r -> r.sex() == Sex.FEMALE).count();
        long binary = records.stream().filter(r -> r.sex().isBinary()).count();
        assertThat(100.0 * women / binary).isBetween(22.0, 26.0);
        List<EmployeeRecord> technical = records.stream().filter(r -> jobs.classify(r).family() == JobFamily.TECHNICAL_DIGITAL).toList();
        long techWomen = technical.stream().filter(r -> r.sex() == Sex.FEMALE).count();
        long techBinary = technical.stream().filter(r -> r.sex().isBinary()).count();
        assertThat(100.0 * techWomen / techBinary).isBetween(15.0, 20.0);
        assertThat(share(records, ManagementLevel.NONE)).isGreaterThan(share(records, ManagementLevel.MANAGER));
        assertThat(share(records, ManagementLevel.MANAGER)).isGreaterThan(share(records, ManagementLevel.EXECUTIVE));
        assertThat(records).anyMatch(r -> r.establishment().orElse("").equals("TLS"));
        assertThat(records).anyMatch(r -> r.maternityReturn() && r.raisedAfterMaternity());
        assertThat(records).anyMatch(r -> r.managementLevel() == ManagementLevel.BOARD && r.sex() == Sex.FEMALE);
    }

    @Test
    @DisplayName("two consecutive years are one evolving population: stayers keep id, sex, birth and hire date; leavers go, hires arrive")
    void yearOverYear() {
        java.util.Map<String, EmployeeRecord> before = new java.util.HashMap<>();
        new DemoDataGenerator(2025, 20_000, 1, 2024).records().forEach(r -> before.put(r.id(), r));
        List<EmployeeRecord> after = new DemoDataGenerator(2025, 20_000, 1, 2025).records().toList();
        int stayers = 0;
        int hires = 0;
        for (EmployeeRecord r : after) {
            EmployeeRecord old = before.remove(r.id());
            if (old == null) {
                hires++;
                assertThat(r.hireDate().orElseThrow().getYear()).as(r.id()).isEqualTo(2025);
            } else {
                stayers++;
                assertThat(old.exitDate()).as(r.id()).isEmpty();
                assertThat(r.sex()).as(r.id()).isEqualTo(old.sex());
                assertThat(r.birthDate()).as(r.id()).isEqualTo(old.birthDate());
                assertThat(r.hireDate()).as(r.id()).isEqualTo(old.hireDate());
                assertThat(r.jobCode()).as(r.id()).isEqualTo(old.jobCode());
            }
        }
        // whoever is left in 'before' was not there in 2025: exactly the 2024 leavers
        assertThat(before.values()).allMatch(r -> r.exitDate().orElseThrow().getYear() == 2024);
        assertThat(hires).isEqualTo(before.size()).isBetween(1_200, 2_400);
        assertThat(stayers).isEqualTo(20_000 - hires);
    }

    @Test
    @DisplayName("streams 100,000 records without holding them: all valid ids, constant memory")
    void streamsLargeSizes() {
        long[] count = new long[1];
        new DemoDataGenerator(3, 100_000, 3, 2025).records().forEach(r -> count[0]++);
        assertThat(count[0]).isEqualTo(100_000);
    }

    private static double share(List<EmployeeRecord> records, ManagementLevel level) {
        long women = records.stream().filter(r -> r.managementLevel() == level && r.sex() == Sex.FEMALE).count();
        long all = records.stream().filter(r -> r.managementLevel() == level && r.sex().isBinary()).count();
        return 100.0 * women / all;
    }

    @Test
    @DisplayName("every generated record is valid, ids are unique")
    void valid() {
        List<EmployeeRecord> records = new DemoDataGenerator(11, 5_000, 3, 2024).records().toList();
        try (RecordValidator validator = new RecordValidator()) {
            for (EmployeeRecord r : records) {
                assertThat(validator.validate(r, SourcePosition.of("generated"))).as(r.id()).isEmpty();
            }
        }
        assertThat(records.stream().map(EmployeeRecord::id).distinct().count()).isEqualTo(records.size());
        assertThat(records.stream().map(r -> r.company().orElseThrow()).distinct().count()).isEqualTo(3);
    }

    @Test
    @DisplayName("Egapro indicator 1 is calculable on the demo: groups with ≥3 women and ≥3 men hold ≥40% of the headcount")
    void egaproGroupsValid() {
        List<EmployeeRecord> records = DemoData.YEAR_2025.generator().records().toList();
        java.util.Map<String, int[]> groups = new java.util.HashMap<>();
        for (EmployeeRecord r : records) {
            if (!r.sex().isBinary() || r.categoryOrDerived().isEmpty()) {
                continue;
            }
            int age = 2025 - r.birthDate().orElseThrow().getYear();
            String key = r.categoryOrDerived().get() + (age < 30 ? "<30" : age < 40 ? "30" : age < 50 ? "40" : "50");
            groups.computeIfAbsent(key, k -> new int[2])[r.sex() == Sex.FEMALE ? 0 : 1]++;
        }
        int total = groups.values().stream().mapToInt(g -> g[0] + g[1]).sum();
        int valid = groups.values().stream().filter(g -> g[0] >= 3 && g[1] >= 3).mapToInt(g -> g[0] + g[1]).sum();
        assertThat(valid * 100.0 / total).isGreaterThanOrEqualTo(40.0);
    }
}
