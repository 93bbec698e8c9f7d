package org.mixite.core.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Year-over-year changes of the headline figures across two or more periods, in order.
 *
 * @param periods the periods' labels, e.g. {@code 2024}, {@code 2025}
 */
@API(status = API.Status.EXPERIMENTAL)
public record Trend(List<String> periods, List<Series> series) {

    /** One headline figure over the periods, and each change from one period to the next (in points). */
    public record Series(String figure, List<Optional<BigDecimal>> values, List<Optional<BigDecimal>> changes) {
    }

    public static Trend of(List<String> labels, List<Headlines> headlines) {
        if (labels.size() != headlines.size() || labels.size() < 2) {
            throw new IllegalArgumentException("a trend needs at least two periods, one label each");
        }
        List<Series> series = new ArrayList<>();
        series.add(series("egaproIndex", headlines, h -> h.egaproIndex().map(BigDecimal::valueOf)));
        series.add(series("meanHourlyGap", headlines, Headlines::meanHourlyGap));
        series.add(series("womenShare", headlines, Headlines::womenShare));
        series.add(series("technicalDigitalWomenShare", headlines, Headlines::technicalDigitalWomenShare));
        series.add(series("womenShareOfHires", headlines, Headlines::womenShareOfHires));
        series.add(series("executivesWomenShare", headlines, Headlines::executivesWomenShare));
        return new Trend(List.copyOf(labels), List.copyOf(series));
    }

    private static Series series(String figure, List<Headlines> headlines, Function<Headlines, Optional<BigDecimal>> value) {
        List<Optional<BigDecimal>> values = headlines.stream().map(value).toList();
        List<Optional<BigDecimal>> changes = new ArrayList<>();
        for (int i = 1; i < values.size(); i++) {
            Optional<BigDecimal> before = values.get(i - 1);
            changes.add(values.get(i).flatMap(after -> before.map(after::subtract)));
        }
        return new Series(figure, values, List.copyOf(changes));
    }
}
