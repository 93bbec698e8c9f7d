/**
 * Mixité's indicators, computed from validated {@link org.mixite.spi.model.EmployeeRecord}s
 * or from declared aggregates: the Egapro index and the loi Rixain, the EU/UK pay-gap
 * figures, and the composition and flows of the workforce. Pure computation: no I/O, no
 * logging framework, Java 17.
 */
module org.mixite.core {
    requires transitive org.mixite.spi;
    requires static org.apiguardian.api;

    exports org.mixite.core.privacy;
    exports org.mixite.core.indicators.egapro;
    exports org.mixite.core.indicators.egapro.records;
    exports org.mixite.core.indicators.rixain;
    exports org.mixite.core.indicators.paygap;
    exports org.mixite.core.indicators.france;
    exports org.mixite.core.jobs;
    exports org.mixite.core.indicators.composition;
    exports org.mixite.core.barometer;
    exports org.mixite.core.reference;
    exports org.mixite.core.region;
    exports org.mixite.core.report;
    exports org.mixite.core.table;
    exports org.mixite.core.equalvalue;
    exports org.mixite.core.information;
}
