package com.acme.hris.mixite;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.mixite.spi.model.EmployeeRecord;

/** Writes records as an ACME HRIS export, the way ACME's own system would, one worker at a time. */
final class AcmeExports {

    private AcmeExports() {
    }

    static Path write(Iterator<EmployeeRecord> records, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("export");
            json.writeStringField("vendor", "ACME HRIS");
            json.writeNumberField("version", 3);
            json.writeEndObject();
            json.writeArrayFieldStart("workers");
            while (records.hasNext()) {
                worker(json, records.next());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return file;
    }

    private static void worker(JsonGenerator json, EmployeeRecord r) throws IOException {
        json.writeStartObject();
        json.writeStringField("workerId", r.id());
        json.writeStringField("gender", switch (r.sex()) {
            case FEMALE -> "female";
            case MALE -> "male";
            case OTHER -> "other";
            case UNKNOWN -> "unknown";
        });
        json.writeStringField("dob", r.birthDate().map(Object::toString)
                .orElseGet(() -> r.birthYear().orElseThrow() + "-07-01"));
        if (r.establishment().isPresent()) {
            json.writeObjectFieldStart("site");
            json.writeStringField("name", r.establishment().get());
            json.writeEndObject();
        }
        json.writeObjectFieldStart("position");
        if (r.jobCode().isPresent()) {
            json.writeStringField("pcs", r.jobCode().get());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("employment");
        json.writeStringField("type", switch (r.contract()) {
            case FIXED_TERM -> "CDD";
            case APPRENTICE -> "APPR";
            case INTERN -> "STAGE";
            case TEMPORARY -> "INTERIM";
            default -> "CDI";
        });
        if (r.hireDate().isPresent()) {
            json.writeStringField("start", r.hireDate().get().toString());
        }
        json.writeNumberField("ratio", r.fte().movePointRight(2));
        json.writeEndObject();
        if (r.annualBasePay().isPresent()) {
            json.writeObjectFieldStart("pay");
            json.writeNumberField("base", r.annualBasePay().get());
            json.writeStringField("currency", "EUR");
            json.writeEndObject();
        }
        json.writeObjectFieldStart("events");
        json.writeBooleanField("raise", r.raised());
        json.writeBooleanField("promotion", r.promoted());
        json.writeBooleanField("maternityReturn", r.maternityReturn());
        json.writeBooleanField("raiseAfterMaternity", r.raisedAfterMaternity());
        json.writeEndObject();
        json.writeEndObject();
    }
}
