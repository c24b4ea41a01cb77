package io.arrears.core.dunning;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the dunning decision needs to know about the debtor.
 *
 * @param country           ISO 3166 alpha-2, upper case: decides public holidays and weekend days
 * @param zone              the debtor's time zone: decides "today" and the quiet hours
 * @param language          BCP 47 tag of the letter language, passed through to the proposal
 * @param lastContact       the last contact with this customer on any channel (frequency cap)
 * @param blockReason       set when the whole customer is blocked from dunning
 * @param behaviourTypeHint optional behaviour type name, passed through to the proposal for the playbook
 */
public record DebtorFacts(
        String customerId,
        String country,
        ZoneId zone,
        String language,
        Optional<Instant> lastContact,
        Optional<String> blockReason,
        Optional<String> behaviourTypeHint) {

    public DebtorFacts {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(lastContact, "lastContact");
        Objects.requireNonNull(blockReason, "blockReason");
        Objects.requireNonNull(behaviourTypeHint, "behaviourTypeHint");
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country of customer " + customerId + " is '" + country
                    + "': expected an upper-case ISO 3166 alpha-2 code");
        }
    }

    /** The same debtor with no last contact: a broken commitment does not wait for the frequency cap. */
    DebtorFacts withoutFrequencyCap() {
        return new DebtorFacts(customerId, country, zone, language, Optional.empty(), blockReason, behaviourTypeHint);
    }
}
