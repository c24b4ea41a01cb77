package io.arrears.api.insurer;

import java.util.List;
import java.util.Objects;

/**
 * A credit insurance policy. Numbers are the policy's own, never constants (standards.md section 4).
 *
 * @param id                     0 before it is stored
 * @param insurerId              the configured insurer (delivery route), e.g. {@code allianztrade}
 * @param maxExtensionDays       how far past the original due date the insured may extend payment terms
 * @param notificationDays       the overdue notification is due this many days after the original due date
 * @param country                whose public holidays move a deadline (ISO 3166 alpha-2), usually the insured's
 */
public record InsurerPolicy(long id, String insurerId, String policyNumber, int maxExtensionDays, int notificationDays,
        String country, boolean active, List<BuyerLimit> buyers) {

    public InsurerPolicy {
        requireText("insurerId", insurerId, 64);
        if (!insurerId.matches("[a-z0-9][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("insurerId '" + insurerId + "' must be lower-case letters, digits and _");
        }
        requireText("policyNumber", policyNumber, 64);
        requireText("country", country, 2);
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country '" + country + "' must be an upper-case ISO 3166 alpha-2 code");
        }
        if (notificationDays < 1 || notificationDays > 720) {
            throw new IllegalArgumentException("notificationDays must be 1 to 720, was " + notificationDays);
        }
        if (maxExtensionDays < 0 || maxExtensionDays > 720) {
            throw new IllegalArgumentException("maxExtensionDays must be 0 to 720, was " + maxExtensionDays);
        }
        buyers = List.copyOf(Objects.requireNonNull(buyers, "InsurerPolicy.buyers"));
        if (buyers.stream().map(BuyerLimit::customerId).distinct().count() != buyers.size()) {
            throw new IllegalArgumentException("policy " + policyNumber + " lists a buyer twice");
        }
    }

    static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " has " + value.length() + " characters, at most " + max + " are allowed");
        }
    }
}
