/**
 * Mixité's analytics, beyond the published figures: the adjusted pay gap (OLS of log hourly pay
 * on sex and controls, HC1 confidence intervals), the Oaxaca-Blinder decomposition, the
 * remediation simulator and the trend of the adjusted gap. Statistics in {@code double}, with
 * EJML for the linear algebra and Commons Statistics for the t distribution. Java 17.
 */
module org.mixite.analytics {
    requires transitive org.mixite.core;
    requires transitive org.mixite.json;
    // EJML ships no module name: its automatic names come from the jar file names.
    requires ejml.ddense;
    requires ejml.core;
    requires org.apache.commons.statistics.distribution;
    requires static org.apiguardian.api;

    exports org.mixite.analytics;
    exports org.mixite.analytics.regression;
    exports org.mixite.analytics.oaxaca;
    exports org.mixite.analytics.remediation;
    exports org.mixite.analytics.trend;
    exports org.mixite.analytics.json;
    exports org.mixite.analytics.equalvalue;
    exports org.mixite.analytics.assessment;
}
