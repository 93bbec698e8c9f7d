package org.mixite.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

/** job-families.md §1: the default mapping and its matching rules. */
class JobClassifierTest {

    private final JobClassifier classifier = JobClassifier.defaults();

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({"388a,TECHNICAL_DIGITAL,development", "388b,TECHNICAL_DIGITAL,infrastructure_support", "388c,TECHNICAL_DIGITAL,it_management",
            "388d,TECHNICAL_DIGITAL,technical_sales", "388e,TECHNICAL_DIGITAL,networks_telecoms", "478a,TECHNICAL_DIGITAL,development",
            "478b,TECHNICAL_DIGITAL,infrastructure_support", "478c,TECHNICAL_DIGITAL,infrastructure_support",
            "478d,TECHNICAL_DIGITAL,networks_telecoms", "544a,TECHNICAL_DIGITAL,infrastructure_support"})
    @DisplayName("the 10 PCS-ESE codes of technical digital jobs, with their sub-family")
    void technicalDigitalCodes(String code, JobFamily family, String subFamily) {
        JobClassification c = classifier.classifyCode(code);
        assertThat(c.family()).isEqualTo(family);
        assertThat(c.subFamily()).hasValue(subFamily);
    }

    @Test
    @DisplayName("matching: first 4 characters, case ignored; optional codes 463a and 380a are 'other' by default")
    void matchingRules() {
        assertThat(classifier.classifyCode("388A").family()).isEqualTo(JobFamily.TECHNICAL_DIGITAL);
        assertThat(classifier.classifyCode("388a12").family()).isEqualTo(JobFamily.TECHNICAL_DIGITAL);
        assertThat(classifier.classifyCode("463a").family()).isEqualTo(JobFamily.OTHER);
        assertThat(classifier.classifyCode("380a").family()).isEqualTo(JobFamily.OTHER);
        assertThat(classifier.classifyCode("621a").family()).isEqualTo(JobFamily.OTHER);
    }

    @Test
    @DisplayName("PCS 2020 codes are recognised and left unknown (no table yet, no guessing); empty and malformed too")
    void pcs2020AndUnknown() {
        assertThat(classifier.classifyCode("38A1").family()).isEqualTo(JobFamily.UNKNOWN);
        assertThat(classifier.classifyCode("38A1").basis()).contains("PCS 2020");
        assertThat(classifier.classifyCode("").family()).isEqualTo(JobFamily.UNKNOWN);
        assertThat(classifier.classifyCode("xx").family()).isEqualTo(JobFamily.UNKNOWN);
    }

    @Test
    @DisplayName("a company mapping adds and overrides codes and job_family labels")
    void companyMapping() throws IOException {
        JobClassifier company = classifier.withCompanyMapping("acme-jobs.csv", new StringReader("""
                key,family,subfamily
                463a,technical_digital,technical_sales
                544a,other,
                ACME-UX,digitised,ux_design
                """));
        assertThat(company.classifyCode("463a").family()).isEqualTo(JobFamily.TECHNICAL_DIGITAL);
        assertThat(company.classifyCode("544a").family()).isEqualTo(JobFamily.OTHER);
        EmployeeRecord ux = EmployeeRecord.builder("1", Sex.FEMALE).birthYear(1990).jobFamily("acme-ux").jobCode("542a").build();
        assertThat(company.classify(ux).family()).isEqualTo(JobFamily.DIGITISED);
        assertThat(company.classify(ux).subFamily()).hasValue("ux_design");
        assertThat(company.version()).isEqualTo("2026.1 + acme-jobs.csv");
    }

    @Test
    @DisplayName("a company mapping: an exact code wins over a 4-character prefix (MKT01 over MKT0)")
    void exactCodeBeforePrefix() throws IOException {
        JobClassifier company = classifier.withCompanyMapping("acme-jobs.csv", new StringReader("""
                key,family,subfamily
                MKT0,other,
                MKT01,digitised,web_marketing
                """));
        assertThat(company.classifyCode("MKT01").family()).isEqualTo(JobFamily.DIGITISED);
        assertThat(company.classifyCode("MKT02").family()).isEqualTo(JobFamily.OTHER);
    }

    @Test
    @DisplayName("a company mapping with an unknown family names its file and line")
    void badMapping() {
        assertThatThrownBy(() -> classifier.withCompanyMapping("bad.csv", new StringReader("key,family\n388a,tech\n")))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("bad.csv:2: unknown family 'tech'");
    }

    @Test
    @DisplayName("PCS 2020 codes (two digits, a letter, a digit) are classified only through a company mapping, never guessed")
    void pcs2020ThroughCompanyMapping() throws IOException {
        JobClassifier company = classifier.withCompanyMapping("pcs2020.csv", new StringReader("""
                code,family,subfamily
                38A1,technical_digital,development
                """));
        assertThat(classifier.classifyCode("38A1").family()).isEqualTo(JobFamily.UNKNOWN);
        assertThat(company.classifyCode("38A1").family()).isEqualTo(JobFamily.TECHNICAL_DIGITAL);
        assertThat(company.classifyCode("38A1").subFamily()).hasValue("development");
        assertThat(company.classifyCode("38A2").family()).isEqualTo(JobFamily.UNKNOWN);
    }

    @Test
    @DisplayName("job_family column: a family name or a mapped label decides; a free unmapped label falls back to job_code")
    void jobFamilyColumn() {
        EmployeeRecord named = EmployeeRecord.builder("1", Sex.FEMALE).birthYear(1990).jobFamily("Technical_Digital").jobCode("542a").build();
        assertThat(classifier.classify(named).family()).isEqualTo(JobFamily.TECHNICAL_DIGITAL);
        assertThat(classifier.classify(named).basis()).isEqualTo("job_family column");
        EmployeeRecord free = EmployeeRecord.builder("2", Sex.MALE).birthYear(1990).jobFamily("Marketing").jobCode("388a").build();
        assertThat(classifier.classify(free).family()).isEqualTo(JobFamily.TECHNICAL_DIGITAL);
        EmployeeRecord freeOnly = EmployeeRecord.builder("3", Sex.MALE).birthYear(1990).jobFamily("Marketing").build();
        assertThat(classifier.classify(freeOnly).family()).isEqualTo(JobFamily.UNKNOWN);
    }

    @Test
    @DisplayName("the default table is versioned and names its nomenclature")
    void versioned() {
        assertThat(classifier.version()).isEqualTo("2026.1");
    }
}
