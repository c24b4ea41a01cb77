package io.arrears.core.ledger;

import io.arrears.api.ledger.AllocationSource;
import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * Money that can settle claims: a payment or a credit note. {@code sequence} is the order of
 * arrival, which decides which credit is used first.
 */
record CreditSource(Key key, Money amount, LocalDate date, List<String> references, long sequence) {

    CreditSource {
        references = List.copyOf(references);
    }

    String id() {
        return key.id();
    }

    AllocationSource kind() {
        return key.kind();
    }

    /** Payments and credit notes have separate id spaces. */
    record Key(AllocationSource kind, String id) {
    }
}
