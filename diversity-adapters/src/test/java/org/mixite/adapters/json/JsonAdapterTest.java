package org.mixite.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.adapters.Loads;
import org.mixite.spi.InputException;
import org.mixite.spi.load.LoadResult;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ManagementLevel;

/** employee-record.md: "The JSON adapter uses the same names in camelCase". */
class JsonAdapterTest {

    @Test
    @DisplayName("a nested member or a missing sex member: the row's other problems are listed with it (one round of corrections)")
    void structuralProblemsWithTheRest() {
        LoadResult nested = Loads.json("{\"id\": \"A1\", \"sex\": \"M\", \"birthYear\": 1980, \"fte\": 1.5, \"company\": {\"x\": 1}}");
        assertThat(nested.rejections()).singleElement().satisfies(x ->
                assertThat(x.violations()).extracting(v -> v.field()).containsExactly("company", "fte"));
        LoadResult noSex = Loads.json("{\"id\": \"A1\", \"birthYear\": \"19x0\", \"fte\": 1.5}");
        assertThat(noSex.rejections()).singleElement().satisfies(x ->
                assertThat(x.violations()).extracting(v -> v.field()).containsExactly("sex", "birth_year", "fte"));
    }

    @Test
    @DisplayName("an array of objects with camelCase names; numbers, booleans and null")
    void array() {
        LoadResult r = Loads.json("""
                [
                  {"id": "A", "sex": "F", "birthYear": 1980, "annualBasePay": 41000.50, "raised": true, "managementLevel": "executive"},
                  {"id": "B", "sex": "M", "birthDate": "1979-03-04", "annualBasePay": null, "fte": 0.5}
                ]
                """);
        assertThat(r.rejections()).isEmpty();
        assertThat(r.records()).extracting(EmployeeRecord::id).containsExactly("A", "B");
        assertThat(r.records().get(0).annualBasePay()).hasValue(new BigDecimal("41000.50"));
        assertThat(r.records().get(0).raised()).isTrue();
        assertThat(r.records().get(0).managementLevel()).isEqualTo(ManagementLevel.EXECUTIVE);
        assertThat(r.records().get(1).annualBasePay()).isEmpty();
        assertThat(r.records().get(1).fte()).isEqualByComparingTo("0.5");
    }

    @Test
    @DisplayName("newline-delimited JSON, one object per line, with line numbers in errors")
    void ndjson() {
        LoadResult r = Loads.json("""
                {"id": "A", "sex": "F", "birthYear": 1980}
                {"id": "B", "sex": "Q", "birthYear": 1980}
                {"id": "C", "sex": "M", "birthYear": 1980, "annualBasePay": -1}
                """);
        assertThat(r.summary().read()).isEqualTo(3);
        assertThat(r.records()).extracting(EmployeeRecord::id).containsExactly("A");
        assertThat(r.rejections()).extracting(x -> x.violations().get(0).toString()).containsExactly(
                "employees.json:2:20 [sex]: sex must be F, M, X or empty (was 'Q')",
                "employees.json:3:61 [annual_base_pay]: annual_base_pay must be 0 or more");
    }

    @Test
    @DisplayName("a nested value is a violation of its field; an array element that is not an object is rejected")
    void nestedAndNonObject() {
        LoadResult r = Loads.json("[{\"id\": \"A\", \"sex\": \"F\", \"birthYear\": {\"y\": 1}}, 42]");
        assertThat(r.rejections()).extracting(x -> x.violations().get(0).message()).containsExactly(
                "birthYear must be a string, number or boolean, not an object",
                "expected a JSON object for an employee, found a number");
    }

    @Test
    @DisplayName("unknown members are reported, not silently dropped")
    void unknownMembers() {
        LoadResult r = Loads.json("{\"id\": \"A\", \"sex\": \"F\", \"birthYear\": 1980, \"lastName\": \"Martin\"}");
        assertThat(r.summary().warnings()).singleElement().asString().endsWith("lastName");
    }

    @Test
    @DisplayName("employee-record.md: sex is a required column; a JSON object without it is rejected, \"sex\": null is unknown")
    void sexRequired() {
        LoadResult r = Loads.json("[{\"id\": \"A\", \"birthYear\": 1980}, {\"id\": \"B\", \"sex\": null, \"birthYear\": 1980}]");
        assertThat(r.rejections()).singleElement().satisfies(rej -> assertThat(rej.violations().toString()).contains("sex is required"));
        assertThat(r.records()).singleElement().satisfies(rec -> {
            assertThat(rec.id()).isEqualTo("B");
            assertThat(rec.sex()).isEqualTo(org.mixite.spi.model.Sex.UNKNOWN);
        });
    }

    @Test
    @DisplayName("malformed JSON stops the load with file and line")
    void malformed() {
        assertThatThrownBy(() -> Loads.json("{\"id\": \"A\", \"sex\": \"F\", \"birthYear\": 1980}\n{\"id\": \"B\",, }"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("employees.json:2: is not well-formed JSON");
        assertThatThrownBy(() -> Loads.json("")).isInstanceOf(InputException.class).hasMessageContaining("is empty");
        assertThatThrownBy(() -> Loads.json("[{\"id\": \"A\", \"sex\": \"F\", \"birthYear\": 1980}"))
                .isInstanceOf(InputException.class);
    }
}
