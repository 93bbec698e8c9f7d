package org.mixite.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.barometer.Contribution;
import org.mixite.core.barometer.ContributionAccumulator;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.spi.InputException;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ExitReason;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** Issue 18: the contribution file — counts only, a digest that detects damage, versions checked. */
class ContributionJsonTest {

    private static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2025);

    /** People with distinctive ids, birth dates, pays and postal codes, so that any leak can be searched for. */
    static List<EmployeeRecord> people(long seed, int n) {
        Random random = new Random(seed);
        List<EmployeeRecord> out = new ArrayList<>();
        String[] jobs = {"388a", "478c", "372a", "542a"};
        String[] postal = {"31452", "34987", "75019", "20213", "97418", "13789"};
        for (int i = 0; i < n; i++) {
            EmployeeRecord.Builder b = EmployeeRecord.builder("PERSON-" + (48_000_000 + random.nextInt(1_000_000)),
                            random.nextInt(10) < 3 ? Sex.FEMALE : Sex.MALE)
                    .birthDate(LocalDate.of(1955 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .jobCode(jobs[random.nextInt(jobs.length)])
                    .managementLevel(random.nextInt(8) == 0 ? ManagementLevel.MANAGER : ManagementLevel.NONE)
                    .annualBasePay(new BigDecimal((28_000 + random.nextInt(70_000)) + "." + (11 + random.nextInt(88))))
                    .hourlyPay(new BigDecimal((15 + random.nextInt(60)) + ".0" + (1 + random.nextInt(9)) + "7"))
                    .bonus12m(new BigDecimal(1_000 + random.nextInt(9_000) + ".43"))
                    .workPostalCode(postal[random.nextInt(postal.length)])
                    .hireDate(LocalDate.of(2010 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .promoted(random.nextInt(9) == 0);
            if (random.nextInt(6) == 0) {
                b.exitDate(LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28))).exitReason(ExitReason.RESIGNATION);
            }
            out.add(b.build());
        }
        return out;
    }

    static Contribution contribution(String member, List<EmployeeRecord> records) {
        ContributionAccumulator acc = new ContributionAccumulator(member, YEAR, JobClassifier.defaults());
        records.forEach(acc::add);
        return acc.contribution(new Contribution.Headline(Optional.of(86), Optional.of(new BigDecimal("7.4")), Optional.empty()), "0.1.0");
    }

    @Property(tries = 50)
    @Label("no contribution file contains a person's id, birth date, pay or postal code (issue 18)")
    void noPersonalData(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n) {
        List<EmployeeRecord> records = people(seed, n);
        String written = MixiteJson.toString(ContributionJson.write(contribution("123456789", records)));
        // the digest's hex may hold any run of digits (a postal code once): only the counted content is searched
        String text = written.replaceAll("\"digest\" : \"sha256:[0-9a-f]{64}\"", "\"digest\"");
        assertThat(text).isNotEqualTo(written);
        for (EmployeeRecord r : records) {
            assertThat(text).doesNotContain(r.id());
            assertThat(text).doesNotContain(r.birthDate().orElseThrow().toString());
            assertThat(text).doesNotContain(r.workPostalCode().orElseThrow());
            assertThat(text).doesNotContain(r.annualBasePay().orElseThrow().toPlainString());
            assertThat(text).doesNotContain(r.hourlyPay().orElseThrow().toPlainString());
            assertThat(text).doesNotContain(r.bonus12m().orElseThrow().toPlainString());
        }
        // and no member name that could carry one: the document's keys are fixed words and category codes
        assertThat(text).doesNotContainIgnoringCase("birth").doesNotContainIgnoringCase("salary").doesNotContainIgnoringCase("pay\"")
                .doesNotContain("\"id\"").doesNotContainIgnoringCase("postal");
    }

    @Test
    @DisplayName("a contribution read back is the contribution written; the same records give the same bytes")
    void roundTrip() {
        Contribution c = contribution("ACME", people(7, 200));
        String text = MixiteJson.toString(ContributionJson.write(c));
        Contribution back = ContributionJson.read("acme.json", text.getBytes(StandardCharsets.UTF_8));
        assertThat(back).isEqualTo(c);
        assertThat(MixiteJson.toString(ContributionJson.write(contribution("ACME", people(7, 200))))).isEqualTo(text);
        assertThat(ContributionJson.write(c).get("digest").asText()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    @DisplayName("a count changed by hand, a removed digest or another schema version is refused, naming the file")
    void damaged() {
        ObjectNode doc = ContributionJson.write(contribution("ACME", people(7, 200)));
        ObjectNode changed = doc.deepCopy();
        ((ObjectNode) changed.get("stock").get("total")).put("female", 1);
        assertThatThrownBy(() -> read(changed)).isInstanceOf(InputException.class)
                .hasMessageContaining("acme.json").hasMessageContaining("digest does not match");
        ObjectNode reformatted = doc.deepCopy(); // white space and member order do not matter
        assertThat(ContributionJson.read("acme.json", reformatted.toString().getBytes(StandardCharsets.UTF_8))).isNotNull();
        ObjectNode noDigest = doc.deepCopy();
        noDigest.remove("digest");
        assertThatThrownBy(() -> read(noDigest)).hasMessageContaining("no digest");
        ObjectNode v2 = doc.deepCopy();
        v2.put("schemaVersion", 2);
        assertThatThrownBy(() -> read(v2)).hasMessageContaining("acme.json").hasMessageContaining("schema version 2");
        assertThatThrownBy(() -> ContributionJson.read("acme.json", "{".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("acme.json").hasMessageContaining("not a JSON document");
        assertThatThrownBy(() -> ContributionJson.read("acme.json", "{\"a\": 1}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a Mixité barometer contribution");
    }

    @Test
    @DisplayName("a count that is not a whole number is refused even with a matching digest")
    void malformedButSigned() {
        ObjectNode doc = ContributionJson.write(contribution("ACME", people(3, 50)));
        ((ObjectNode) doc.get("stock").get("total")).put("female", -3);
        doc.put("digest", ContributionJson.digest(doc));
        assertThatThrownBy(() -> read(doc)).hasMessageContaining("stock.total.female");
    }

    private static Contribution read(ObjectNode doc) {
        return ContributionJson.read("acme.json", MixiteJson.toString(doc).getBytes(StandardCharsets.UTF_8));
    }
}
