package io.arrears.core.osgi;

import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.AgingReport;
import io.arrears.api.ledger.CustomerAccount;
import io.arrears.api.ledger.CustomerOrder;
import io.arrears.api.ledger.LedgerReadModel;
import io.arrears.api.ledger.ItemPosition;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.api.ledger.Page;
import io.arrears.core.ledger.LedgerQueriesImpl;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers {@link LedgerQueriesImpl} as {@link LedgerQueries} once the store's repositories and read model are there.
 * "Today" is the date in the JVM's default time zone, the zone Karaf runs the business in.
 */
@Component(service = LedgerQueries.class)
public class LedgerQueriesComponent implements LedgerQueries {

    private final LedgerQueries delegate;

    @Activate
    public LedgerQueriesComponent(@Reference LedgerEventRepository events, @Reference CustomerRepository customers,
            @Reference LedgerReadModel readModel) {
        this.delegate = new LedgerQueriesImpl(events, customers, Optional.of(readModel), Clock.systemDefaultZone());
    }

    @Override
    public Page<CustomerAccount> customers(String text, int page, int size, LocalDate asOf, CustomerOrder order) {
        return delegate.customers(text, page, size, asOf, order);
    }

    @Override
    public LocalDate today() {
        return delegate.today();
    }

    @Override
    public Page<CustomerAccount> customers(String text, int page, int size, LocalDate asOf) {
        return delegate.customers(text, page, size, asOf);
    }

    @Override
    public List<CustomerAccount> overdueCustomers(String text, LocalDate asOf) {
        return delegate.overdueCustomers(text, asOf);
    }

    @Override
    public Optional<CustomerAccount> customer(String erpCustomerId, LocalDate asOf) {
        return delegate.customer(erpCustomerId, asOf);
    }

    @Override
    public Optional<List<ItemPosition>> items(String erpCustomerId, LocalDate asOf) {
        return delegate.items(erpCustomerId, asOf);
    }

    @Override
    public Optional<AgingReport> customerAging(String erpCustomerId, LocalDate asOf) {
        return delegate.customerAging(erpCustomerId, asOf);
    }

    @Override
    public AgingReport portfolioAging(LocalDate asOf) {
        return delegate.portfolioAging(asOf);
    }
}
