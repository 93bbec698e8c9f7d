package org.mixite.analytics.regression;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A control (or one level of it) left out of the regression.
 *
 * @param control the control's key, e.g. "level"
 * @param column  the design column, e.g. "level=B", or the control's key when it is dropped whole
 * @param reason  why, e.g. "only one level ('A')" or "collinear with earlier columns"
 */
@API(status = API.Status.EXPERIMENTAL)
public record DroppedColumn(String control, String column, String reason) {
    public DroppedColumn {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }
}
