package org.mixite.samples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mixite.core.barometer.Contribution;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.samples.demo.DemoDataGenerator;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * The demo's federation barometer: 10 member companies in 2024, the same 10 and 3 newcomers in
 * 2025, each generated from its own seed and size (60 to 900 people). Each member's contribution
 * is written as the member would send it ({@code contributions/YEAR/member-NN.json}), then read
 * back, checked and merged by the same code as {@code mixite barometer}; member-03 gets its placement.
 */
final class DemoFederation {

    static final int MEMBERS_2024 = 10;
    static final int MEMBERS_2025 = 13;
    private static final int[] SIZES = {900, 620, 480, 400, 330, 260, 210, 170, 140, 110, 90, 75, 60};

    private DemoFederation() {
    }

    /**
     * Members 1 to 3 also have a site in Bordeaux (Nouvelle-Aquitaine): member 1 moves its Lille staff
     * there, members 2 and 3 a few people. Member 1 then holds more than 85% of the region's cell,
     * which the barometer hides (dominance), with a complementary cell.
     */
    private static EmployeeRecord bordeaux(EmployeeRecord r, int member) {
        boolean moved = r.establishment().orElse("").equals("LIL") && (member == 0 || Math.floorMod(r.id().hashCode(), 8) == 0);
        return moved ? r.toBuilder().establishment("BDX").workPostalCode("33000").build() : r;
    }

    static List<Path> write(Path dir, Locale locale) throws IOException {
        List<Path> periods = new ArrayList<>();
        for (int year : List.of(2024, 2025)) {
            Path folder = dir.resolve("contributions").resolve(Integer.toString(year));
            int members = year == 2024 ? MEMBERS_2024 : MEMBERS_2025;
            for (int i = 0; i < members; i++) {
                final int k = i;
                String member = String.format("member-%02d", k + 1);
                List<EmployeeRecord> records = new DemoDataGenerator(1_000 + k, SIZES[k], 1, year).records()
                        .map(r -> k < 3 ? bordeaux(r, k) : r).toList();
                Contribution contribution = BarometerFiles.contribution(member, ReferencePeriod.calendarYear(year),
                        JobClassifier.defaults(), records);
                BarometerFiles.write(contribution, folder.resolve(member + ".json"));
            }
            periods.add(folder);
        }
        BarometerFiles.Loaded loaded = BarometerFiles.load(periods, false);
        return BarometerFiles.write(dir, loaded, 5, locale.getLanguage().equals("fr") ? "Fédération du numérique (démo)"
                : "Digital federation (demo)", locale, Optional.of("member-03"));
    }
}
