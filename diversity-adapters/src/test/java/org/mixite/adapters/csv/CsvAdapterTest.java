package org.mixite.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.adapters.Loads;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.LoadResult;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

/** employee-record.md: the canonical CSV, and the bad inputs of the foundation issue. */
class CsvAdapterTest {

    private static final String HEADER = "id,sex,birth_date,annual_base_pay,contract\n";

    @Nested
    @DisplayName("reading")
    class Reading {

        @Test
        @DisplayName("headers match without regard to case, spaces or order")
        void headersAreFree() {
            LoadResult r = Loads.csv(" Contract ,SEX, id ,birth_year\nfixed_term,F,A1,1980\n");
            assertThat(r.records()).singleElement().satisfies(e -> {
                assertThat(e.id()).isEqualTo("A1");
                assertThat(e.sex()).isEqualTo(Sex.FEMALE);
                assertThat(e.contract()).isEqualTo(ContractType.FIXED_TERM);
                assertThat(e.birthYear()).hasValue(1980);
            });
        }

        @Test
        @DisplayName("';' is detected, and then ',' is a decimal separator")
        void semicolonAndDecimalComma() {
            LoadResult r = Loads.csv("id;sex;birth_year;annual_base_pay;fte\nA1;M;1980;\"41 000,50\";0,8\nA2;F;1981;41000,5;1\n");
            assertThat(r.rejections()).singleElement().satisfies(x ->
                    assertThat(x.violations().get(0).message()).isEqualTo("annual_base_pay is an invalid decimal"));
            assertThat(r.records()).singleElement().satisfies(e -> assertThat(e.annualBasePay()).hasValue(new BigDecimal("41000.5")));
        }

        @Test
        @DisplayName("a row with a parse error also lists its other violations, never an echo of the unreadable field")
        void parseErrorsAndViolationsTogether() {
            LoadResult r = Loads.csv("id,sex,birth_year,fte,hire_date,exit_date\n"
                    + "A1,M,19x0,1.5,2020-01-01,2019-01-01\n");
            assertThat(r.rejections()).singleElement().satisfies(x -> assertThat(x.violations())
                    .extracting(v -> v.field() + ": " + v.message())
                    .containsExactly("birth_year: birth_year is not a whole number (was '19x0')",
                            "exit_date: exit_date must not be before hire_date",
                            "fte: fte must be at most 1 (was '1.5')"));
        }

        @Test
        @DisplayName("a malformed row whose id was seen before is told so at once (ids are unique)")
        void malformedRowDuplicateId() {
            LoadResult r = Loads.csv("id,sex,birth_year,fte\nA1,M,1980,1\nA1,M,19x0,1\n");
            assertThat(r.rejections()).singleElement().satisfies(x -> assertThat(x.violations())
                    .extracting(v -> v.message()).contains("duplicate id 'A1' (first seen at line 2)"));
        }

        @Test
        @DisplayName("a ',' decimal is refused when the delimiter is ','")
        void decimalCommaRefusedWithComma() {
            LoadResult r = Loads.csv("id,sex,birth_year,fte\nA1,M,1980,\"0,8\"\n");
            assertThat(r.rejections()).singleElement().satisfies(x ->
                    assertThat(x.violations().get(0).message()).isEqualTo("fte is an invalid decimal (was '0,8')"));
        }

        @Test
        @DisplayName("UTF-8 with a byte-order mark, quoted fields with delimiters, quotes and line breaks")
        void bomAndQuotes() {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            String text = "id,sex,birth_year,establishment\n\"A,1\",F,1980,\"Site \"\"Nord\"\", Toulouse\"\n";
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, 3);
            System.arraycopy(body, 0, all, 3, body.length);
            LoadResult r = Loads.lenient().load(InputSource.of("bom.csv", all));
            assertThat(r.records()).singleElement().satisfies(e -> {
                assertThat(e.id()).isEqualTo("A,1");
                assertThat(e.establishment()).hasValue("Site \"Nord\", Toulouse");
            });
        }

        @Test
        @DisplayName("booleans: true/false, 1/0, yes/no, oui/non")
        void booleans() {
            LoadResult r = Loads.csv("id,sex,birth_year,raised,promoted,maternity_return,raised_after_maternity\n"
                    + "A,F,1980,oui,1,yes,TRUE\nB,M,1980,non,0,no,false\nC,M,1980,peut-être,,,\n");
            assertThat(r.records()).extracting(EmployeeRecord::raised).containsExactly(true, false);
            assertThat(r.records().get(0).raisedAfterMaternity()).isTrue();
            assertThat(r.rejections()).singleElement().satisfies(x -> assertThat(x.violations().get(0).message())
                    .isEqualTo("raised must be true/false, 1/0, yes/no or oui/non (was 'peut-être')"));
        }

        @Test
        @DisplayName("work_postal_code (issue 18): read as text, CSV and JSON alike, leading zeros kept; a malformed one is rejected")
        void workPostalCode() {
            LoadResult csv = Loads.csv("id,sex,birth_year,work_postal_code\nA,F,1980,01000\nB,M,1980,\nC,M,1980,31/000\n");
            assertThat(csv.records()).extracting(EmployeeRecord::workPostalCode)
                    .containsExactly(java.util.Optional.of("01000"), java.util.Optional.empty());
            assertThat(csv.rejections()).singleElement().satisfies(x -> assertThat(x.violations().get(0).field())
                    .isEqualTo("work_postal_code"));
            LoadResult json = Loads.json("{\"id\": \"A\", \"sex\": \"F\", \"birthYear\": 1980, \"workPostalCode\": \"20200\"}");
            assertThat(json.records()).singleElement().satisfies(r -> assertThat(r.workPostalCode()).hasValue("20200"));
        }

        @Test
        @DisplayName("columns outside the canonical record are reported, not silently dropped")
        void unknownColumnsWarned() {
            LoadResult r = Loads.csv("id,sex,birth_year,nom,salaire_brut\nA,F,1980,Dupont,1\n");
            assertThat(r.summary().warnings()).singleElement().asString().contains("nom, salaire_brut");
        }

        @Test
        @DisplayName("a mapping file maps French headers onto canonical names")
        void frenchMapping(@TempDir Path dir) {
            Path mapping = Loads.write(dir, "fr.csv", "source;target\nmatricule;id\nsexe;sex\ndate_naissance;birth_date\nsalaire_base;annual_base_pay\n");
            Path data = Loads.write(dir, "export.csv", "matricule;sexe;date_naissance;salaire_base\nX-1;F;1985-02-03;42000,00\n");
            LoadResult r = Loads.lenient(AdapterSettings.NONE.with(CsvAdapter.MAPPING, mapping.toString())).load(InputSource.of(data));
            assertThat(r.records()).singleElement().satisfies(e -> {
                assertThat(e.id()).isEqualTo("X-1");
                assertThat(e.birthDate()).hasValue(LocalDate.of(1985, 2, 3));
                assertThat(e.annualBasePay()).hasValue(new BigDecimal("42000.00"));
            });
        }

        @Test
        @DisplayName("a mapping file naming an unknown canonical column is refused with its file and line")
        void badMapping(@TempDir Path dir) {
            Path mapping = Loads.write(dir, "bad.csv", "matricule,id\nsexe,gender\n");
            Path data = Loads.write(dir, "export.csv", "matricule,sexe\n1,F\n");
            assertThatThrownBy(() -> Loads.lenient(AdapterSettings.NONE.with(CsvAdapter.MAPPING, mapping.toString()))
                    .load(InputSource.of(data)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("bad.csv:2")
                    .hasMessageContaining("'gender' is not a canonical column name");
        }
    }

    @Nested
    @DisplayName("bad input gets a clear error naming file, line and field, or a clean summary")
    class BadInput {

        @Test
        void emptyFile() {
            assertThatThrownBy(() -> Loads.csv("")).isInstanceOf(InputException.class)
                    .hasMessage("employees.csv: is empty: a CSV needs a header row");
        }

        @Test
        void headerOnlyFile() {
            LoadResult r = Loads.csv(HEADER);
            assertThat(r.summary().read()).isZero();
            assertThat(r.summary().accepted()).isZero();
        }

        @Test
        void missingRequiredColumn() {
            assertThatThrownBy(() -> Loads.csv("id,birth_date\nA,1980-01-01\n")).isInstanceOf(InputException.class)
                    .hasMessageStartingWith("employees.csv:1: missing required column sex");
        }

        @Test
        void missingBirthColumns() {
            assertThatThrownBy(() -> Loads.csv("id,sex\nA,F\n")).isInstanceOf(InputException.class)
                    .hasMessageContaining("missing required column birth_date or birth_year");
        }

        @Test
        void duplicateIds() {
            LoadResult r = Loads.csv(HEADER + "A,F,1980-01-01,1,\nA,M,1981-01-01,2,\n");
            assertThat(r.rejections()).singleElement().satisfies(x -> assertThat(x.violations().get(0).toString())
                    .isEqualTo("employees.csv:3 [id]: duplicate id 'A' (first seen at line 2)"));
        }

        @Test
        void negativeSalary() {
            LoadResult r = Loads.csv(HEADER + "A,F,1980-01-01,-35000,\n");
            assertThat(r.rejections()).singleElement().satisfies(x -> assertThat(x.violations().get(0).toString())
                    .isEqualTo("employees.csv:2:4 [annual_base_pay]: annual_base_pay must be 0 or more"));
        }

        @Test
        @DisplayName("an impossible birth date is named but not echoed: a birth date is personal data, like pay")
        void impossibleDate() {
            LoadResult r = Loads.csv(HEADER + "A,F,1980-02-30,1,\n");
            assertThat(r.rejections()).singleElement().satisfies(x -> assertThat(x.violations().get(0).toString())
                    .isEqualTo("employees.csv:2:3 [birth_date]: birth_date is not a valid ISO date yyyy-mm-dd"));
        }

        @Test
        @DisplayName("docs/robustness.md limits: a row of more than 10,000 fields is an input error naming its line")
        void tooManyFields() {
            assertThatThrownBy(() -> Loads.csv(HEADER + "A,F,1980-01-01,1,\n" + ",".repeat(20_000) + "\n"))
                    .isInstanceOf(InputException.class)
                    .hasMessageStartingWith("employees.csv:3: has a row of more than 10000 fields");
        }

        @Test
        @DisplayName("docs/robustness.md limits: a row longer than 10,000,000 characters (fields under the field limit) is an input error")
        void rowTooLong() {
            String field = "y".repeat(900_000);
            assertThatThrownBy(() -> Loads.csv(HEADER + (field + ",").repeat(12) + "\n"))
                    .isInstanceOf(InputException.class)
                    .hasMessageStartingWith("employees.csv:2: has a row longer than 10000000 characters");
        }

        @Test
        void tenMegabyteSingleLine() {
            String line = "x".repeat(10 * 1024 * 1024);
            assertThatThrownBy(() -> Loads.csv(HEADER + "A,F,1980-01-01,1," + line + "\n"))
                    .isInstanceOf(InputException.class)
                    .hasMessageStartingWith("employees.csv:2: has a field longer than 1000000 characters");
        }

        @Test
        void tenMegabyteSingleLineWithoutHeader() {
            assertThatThrownBy(() -> Loads.csv("id," + "y".repeat(10 * 1024 * 1024)))
                    .isInstanceOf(InputException.class).hasMessageStartingWith("employees.csv:1:");
        }

        @Test
        void binaryFile() {
            byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3};
            assertThatThrownBy(() -> Loads.lenient().load(InputSource.of("photo.csv", bytes)))
                    .isInstanceOf(InputException.class).hasMessage("photo.csv: is a binary file (it contains NUL bytes), not CSV text");
        }

        @Test
        void nonUtf8File() {
            byte[] latin1 = (HEADER + "A,F,1980-01-01,1,\nB,M,1980-01-01,2,\nCé,F,1980-01-01,3,\n").getBytes(StandardCharsets.ISO_8859_1);
            LoadResult r = Loads.lenient().load(InputSource.of("latin1.csv", latin1));
            assertThat(r.summary().accepted()).isEqualTo(2);
            assertThat(r.rejections()).singleElement().satisfies(x -> assertThat(x.violations().get(0).toString())
                    .isEqualTo("latin1.csv:4:1 [id]: id holds bytes that are not valid UTF-8 (convert the file to UTF-8)"));
        }

        @Test
        void rowWithWrongFieldCount() {
            LoadResult r = Loads.csv(HEADER + "A,F,1980-01-01\n");
            assertThat(r.rejections()).singleElement().satisfies(x -> assertThat(x.violations().get(0).toString())
                    .isEqualTo("employees.csv:2: row has 3 fields but the header has 5"));
        }

        @Test
        void unterminatedQuote() {
            assertThatThrownBy(() -> Loads.csv(HEADER + "A,F,1980-01-01,1,\n\"B,M,1980-01-01,1,\n"))
                    .isInstanceOf(InputException.class).hasMessageContaining("employees.csv:");
        }
    }
}
