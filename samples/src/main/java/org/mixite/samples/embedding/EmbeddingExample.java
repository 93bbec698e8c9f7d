package org.mixite.samples.embedding;

import java.nio.file.Path;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;
import org.mixite.core.report.IndicatorResults;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.core.report.IndicatorSuite.ReportSettings;
import org.mixite.spi.model.ReferencePeriod;

/**
 * The embedding example of the README, compiled and tested so that it never rots. The README
 * shows the body of {@link #run} between the markers.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static LoadResult run(Path csv) {
        // README-BEGIN
        DatasetLoader loader = DatasetLoader.builder()
                .mode(LoadMode.LENIENT)              // reject invalid rows, keep going
                .build();                            // adapters found with ServiceLoader
        LoadResult result = loader.load(InputSource.of(csv));
        System.out.println(result.summary());        // read = accepted + rejected
        result.rejections().forEach(r -> System.out.println(r.violations()));
        IndicatorSuite suite = new IndicatorSuite(ReportSettings.of(ReferencePeriod.calendarYear(2025)));
        result.records().forEach(suite::add);               // or stream: loader.stream(input, suite::add)
        IndicatorResults results = suite.results();         // Egapro, Rixain, pay gaps, composition
        System.out.println(results.headlines().egaproIndex()); // Optional: empty when not calculable
        // README-END
        return result;
    }
}
