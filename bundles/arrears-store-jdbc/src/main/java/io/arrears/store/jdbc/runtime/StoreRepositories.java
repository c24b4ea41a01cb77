package io.arrears.store.jdbc.runtime;

import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.intake.IntakeDocumentRepository;
import io.arrears.api.intake.ReceivedPaymentRepository;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.LedgerProjector;
import io.arrears.api.ledger.LedgerReadModel;
import io.arrears.store.jdbc.ledger.JdbcLedgerReadModel;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.arrears.store.jdbc.intake.JdbcIntakeDocumentRepository;
import io.arrears.store.jdbc.intake.JdbcReceivedPaymentRepository;
import io.arrears.store.jdbc.ledger.JdbcCustomerRepository;
import io.arrears.store.jdbc.ledger.JdbcLedgerEventRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers the JDBC repositories as services once the migrated Arrears database is there
 * ({@code DataSource} with {@code dataSourceName=arrears}); they go when it goes.
 */
// registered by hand once the DataSource is up; declared so that feature resolution knows they exist
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.ledger.LedgerEventRepository")
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.ledger.LedgerReadModel")
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.intake.CustomerRepository")
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.intake.IntakeDocumentRepository")
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.intake.ReceivedPaymentRepository")
@Component(service = {}, immediate = true)
public class StoreRepositories {

    private static final Logger LOG = LoggerFactory.getLogger(StoreRepositories.class);

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Activate
    public StoreRepositories(BundleContext context,
            @Reference(target = "(dataSourceName=" + ArrearsDataSource.DATA_SOURCE_NAME + ")") DataSource dataSource,
            @Reference LedgerProjector projector) {
        Clock clock = Clock.systemUTC();
        JdbcLedgerEventRepository journal = new JdbcLedgerEventRepository(dataSource, clock, Optional.of(projector));
        // the read model catches up with the journal before anyone reads it (fills it on the first start after V010)
        int rebuilt = journal.rebuildStalePositions();
        if (rebuilt > 0) {
            LOG.info("ledger read model: projected {} customer(s) again from the journal", rebuilt);
        }
        registrations.add(context.registerService(LedgerEventRepository.class, journal, null));
        registrations.add(context.registerService(LedgerReadModel.class, new JdbcLedgerReadModel(dataSource), null));
        registrations.add(context.registerService(CustomerRepository.class, new JdbcCustomerRepository(dataSource, clock), null));
        registrations.add(context.registerService(IntakeDocumentRepository.class,
                new JdbcIntakeDocumentRepository(dataSource, clock), null));
        registrations.add(context.registerService(ReceivedPaymentRepository.class,
                new JdbcReceivedPaymentRepository(dataSource), null));
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }
}
