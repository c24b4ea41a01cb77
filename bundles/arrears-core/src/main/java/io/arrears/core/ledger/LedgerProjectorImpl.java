package io.arrears.core.ledger;

import io.arrears.api.ledger.CustomerProjection;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerProjector;
import io.arrears.api.ledger.ProjectedClaim;
import java.util.List;

/** The read-model position of a customer: its journal replayed by the {@link Ledger}. */
public final class LedgerProjectorImpl implements LedgerProjector {

    @Override
    public CustomerProjection project(String customerId, List<LedgerEvent> events) {
        return project(Ledger.replay(events), customerId);
    }

    static CustomerProjection project(Ledger ledger, String customerId) {
        List<ProjectedClaim> open = ledger.balances(customerId).stream()
                .filter(ItemBalance::isOpenClaim)
                .map(b -> new ProjectedClaim(b.item().id(), b.item().dueDate(), b.outstanding()))
                .toList();
        return new CustomerProjection(customerId, open, ledger.creditBalances(customerId));
    }
}
