package org.mixite.core.indicators.rixain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The loi Rixain figures and the company's compliance at {@code date}.
 *
 * @param date      the date compliance is judged at
 * @param headcount the company's headcount for the period; below 1,000 the law does not apply
 *                  ({@link Compliance#NOT_SUBJECT}, and no body is judged)
 * @param threshold the minimum share of each sex in percent at that date: 30 from 2026-03-01, 40 from 2029-03-01
 */
@API(status = API.Status.STABLE)
public record RixainResult(LocalDate date, long headcount, Optional<BigDecimal> threshold, BodyShare cadresDirigeants,
        BodyShare instancesDirigeantes, Compliance compliance) {
    public RixainResult {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(cadresDirigeants, "cadresDirigeants");
        Objects.requireNonNull(instancesDirigeantes, "instancesDirigeantes");
        Objects.requireNonNull(compliance, "compliance");
    }
}
