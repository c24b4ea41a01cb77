package io.arrears.rest.internal.worklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the worklist knows about a customer beyond the ledger. Every part is optional: a source
 * that is not installed (no profiles, no promises) leaves it empty and the ranking says so.
 *
 * @param riskScore     0 to 100, higher is riskier
 * @param behaviourType the effective behaviour type (suggested or overridden)
 * @param playbook      the playbook of that type
 * @param cadenceDays   days between contacts the playbook asks for
 * @param lastContact   the day of the last logged contact
 * @param promise       the open (or last broken) promise, if any
 */
public record CustomerSignals(OptionalInt riskScore, Optional<String> behaviourType, Optional<String> playbook,
        OptionalInt cadenceDays, Optional<LocalDate> lastContact, Optional<PromiseSignal> promise) {

    public static final CustomerSignals NONE = new CustomerSignals(OptionalInt.empty(), Optional.empty(), Optional.empty(),
            OptionalInt.empty(), Optional.empty(), Optional.empty());

    public CustomerSignals withLastContact(Optional<LocalDate> day) {
        return new CustomerSignals(riskScore, behaviourType, playbook, cadenceDays, day, promise);
    }

    public CustomerSignals withProfile(OptionalInt risk, Optional<String> type, Optional<String> playbookName,
            OptionalInt cadence) {
        return new CustomerSignals(risk, type, playbookName, cadence, lastContact, promise);
    }

    public CustomerSignals withPromise(Optional<PromiseSignal> openPromise) {
        return new CustomerSignals(riskScore, behaviourType, playbook, cadenceDays, lastContact, openPromise);
    }

    /** A promise to pay as the worklist sees it: amount (decimal string at the currency's scale), date and state. */
    public record PromiseSignal(BigDecimal amount, String currency, LocalDate promisedDate, String state) {
    }
}
