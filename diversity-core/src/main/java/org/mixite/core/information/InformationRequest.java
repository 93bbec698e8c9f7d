package org.mixite.core.information;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A worker's written request (Art. 7(1)).
 *
 * @param employeeId  the worker's record id
 * @param requestDate the day the request was made: the two months of Art. 7(4) run from it
 */
@API(status = API.Status.EXPERIMENTAL)
public record InformationRequest(String employeeId, LocalDate requestDate) {

    public InformationRequest {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(requestDate, "requestDate");
    }

    /** Art. 7(4): the answer is due within two months of the request (the same day two months later, or the month's last day). */
    public LocalDate dueDate() {
        return requestDate.plusMonths(2);
    }
}
