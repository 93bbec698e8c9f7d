/**
 * Mixité's contract with the outside world: the {@link org.mixite.spi.model.EmployeeRecord}
 * that every indicator consumes, its validation (Jakarta Bean Validation, checked by
 * Hibernate Validator with EL-free message interpolation), and the
 * {@link org.mixite.spi.adapter.HrisAdapter} service that HRIS and payroll vendors implement
 * to feed it. Adapters are discovered with {@link java.util.ServiceLoader}, from the module
 * path ({@code provides}) and from the class path ({@code META-INF/services}).
 */
module org.mixite.spi {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires static org.apiguardian.api;

    exports org.mixite.spi;
    exports org.mixite.spi.model;
    exports org.mixite.spi.validation;
    exports org.mixite.spi.adapter;
    exports org.mixite.spi.load;
    exports org.mixite.spi.text;

    // Hibernate Validator reads the constraint annotations of the record reflectively.
    opens org.mixite.spi.model to org.hibernate.validator;

    uses org.mixite.spi.adapter.HrisAdapter;
}
