package io.arrears.core.osgi;

import io.arrears.api.ledger.CustomerProjection;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerProjector;
import io.arrears.core.ledger.LedgerProjectorImpl;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** Offers the ledger's rules to the store, which keeps the read model with every journal append. */
@Component(service = LedgerProjector.class)
public class LedgerProjectorComponent implements LedgerProjector {

    private final LedgerProjector delegate = new LedgerProjectorImpl();

    @Override
    public CustomerProjection project(String customerId, List<LedgerEvent> events) {
        return delegate.project(customerId, events);
    }
}
