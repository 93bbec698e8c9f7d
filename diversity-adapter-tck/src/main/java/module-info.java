/**
 * The adapter compatibility kit (TCK): {@link org.mixite.adapter.tck.AdapterCompatibilityKit},
 * an abstract JUnit 5 class that an adapter's test extends with a few factory methods, and
 * inherits every test of the {@link org.mixite.spi.adapter.HrisAdapter} contract: declared
 * name and options, valid or reported records, unique ids, streaming in bounded memory,
 * garbage met with Mixité's own exceptions, and resources closed. Depend on it with test scope.
 */
module org.mixite.adapter.tck {
    requires transitive org.mixite.spi;
    requires transitive org.junit.jupiter.api;
    requires java.management;
    requires static org.apiguardian.api;

    exports org.mixite.adapter.tck;

    // JUnit instantiates the kit's nested test classes reflectively.
    opens org.mixite.adapter.tck to org.junit.platform.commons;
}
