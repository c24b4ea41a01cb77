package io.arrears.core.dunning;

import io.arrears.api.money.Money;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** Builders for engine inputs. */
final class Facts {

    static final String CUSTOMER = "C-1";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Facts() {
    }

    static DebtorFacts debtor() {
        return debtor("DE", BERLIN);
    }

    static DebtorFacts debtor(String country, ZoneId zone) {
        return new DebtorFacts(CUSTOMER, country, zone, "de", Optional.empty(), Optional.empty(), Optional.empty());
    }

    static DebtorFacts withLastContact(DebtorFacts d, Instant lastContact) {
        return new DebtorFacts(d.customerId(), d.country(), d.zone(), d.language(), Optional.of(lastContact),
                d.blockReason(), d.behaviourTypeHint());
    }

    static DebtorFacts blocked(DebtorFacts d, String reason) {
        return new DebtorFacts(d.customerId(), d.country(), d.zone(), d.language(), d.lastContact(),
                Optional.of(reason), d.behaviourTypeHint());
    }

    static DunnableItem item(String id, LocalDate due, String residualEur) {
        return new DunnableItem(id, CUSTOMER, "INV-" + id, due, Money.of(residualEur, "EUR"), Optional.empty(), false, Optional.empty());
    }

    static DunnableItem item(String id, LocalDate due, Money residual) {
        return new DunnableItem(id, CUSTOMER, "INV-" + id, due, residual, Optional.empty(), false, Optional.empty());
    }

    static DunnableItem noticed(DunnableItem i, int level, LocalDate sentOn) {
        return new DunnableItem(i.itemId(), i.customerId(), i.documentNumber(), i.dueDate(), i.residual(), i.blockReason(),
                i.disputed(), Optional.of(new LastNotice(level, sentOn)));
    }

    static DunnableItem blocked(DunnableItem i, String reason) {
        return new DunnableItem(i.itemId(), i.customerId(), i.documentNumber(), i.dueDate(), i.residual(), Optional.of(reason),
                i.disputed(), i.lastNotice());
    }

    static DunnableItem disputed(DunnableItem i) {
        return new DunnableItem(i.itemId(), i.customerId(), i.documentNumber(), i.dueDate(), i.residual(), i.blockReason(),
                true, i.lastNotice());
    }

    static DunnableItem withResidual(DunnableItem i, String residualEur) {
        return new DunnableItem(i.itemId(), i.customerId(), i.documentNumber(), i.dueDate(), Money.of(residualEur, "EUR"),
                i.blockReason(), i.disputed(), i.lastNotice());
    }

    /** A fixed clock at a local date-time in the given zone. */
    static Clock at(LocalDateTime local, ZoneId zone) {
        return Clock.fixed(local.atZone(zone).toInstant(), ZoneId.of("UTC"));
    }

    /** 10:00 in Berlin on the given day: inside the contact window on working days. */
    static Clock on(LocalDate day) {
        return at(day.atTime(10, 0), BERLIN);
    }
}
