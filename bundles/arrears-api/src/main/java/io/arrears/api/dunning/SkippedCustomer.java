package io.arrears.api.dunning;

import java.util.Objects;

/** A customer with open items the run could not decide, and why (e.g. no master data). */
public record SkippedCustomer(String customerId, String reason) {

    public SkippedCustomer {
        Objects.requireNonNull(customerId, "SkippedCustomer.customerId");
        Objects.requireNonNull(reason, "SkippedCustomer.reason");
    }
}
