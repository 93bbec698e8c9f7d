/**
 * JSON forms of Mixité's results, written and read with Jackson: the Egapro CLI contract
 * (input and output), the pay-gap and composition documents, and the full report.json.
 * Output is deterministic: members in a fixed order, numbers in plain notation.
 */
module org.mixite.json {
    requires transitive org.mixite.core;
    requires transitive com.fasterxml.jackson.databind;
    requires static org.apiguardian.api;

    exports org.mixite.json;
}
