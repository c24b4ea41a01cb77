package io.arrears.store.jdbc.dunning;

import io.arrears.api.ledger.LedgerProjector;
import io.arrears.store.jdbc.ledger.JdbcLedgerEventRepository;
import java.time.Clock;
import java.util.Optional;
import io.arrears.api.dunning.DunningBlockRepository;
import io.arrears.api.dunning.DunningNoticeRepository;
import io.arrears.api.outbox.Outbox;
import javax.sql.DataSource;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers the JDBC {@link DunningNoticeRepository} and {@link DunningBlockRepository} once the Arrears database and the
 * outbox are up.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.dunning.DunningNoticeRepository")
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.dunning.DunningBlockRepository")
@Component(service = {}, immediate = true)
public class DunningRepositoryRegistration {

    private final ServiceRegistration<DunningNoticeRepository> registration;
    private final ServiceRegistration<DunningBlockRepository> blocks;

    @Activate
    public DunningRepositoryRegistration(BundleContext context,
            @Reference(target = "(dataSourceName=arrears)") DataSource dataSource, @Reference Outbox outbox,
            @Reference LedgerProjector projector) {
        // charges are journaled with the notice and keep the ledger's read model current in that same transaction
        JdbcLedgerEventRepository journal = new JdbcLedgerEventRepository(dataSource, Clock.systemUTC(), Optional.of(projector));
        this.registration = context.registerService(DunningNoticeRepository.class,
                new JdbcDunningNoticeRepository(dataSource, outbox, journal), null);
        this.blocks = context.registerService(DunningBlockRepository.class, new JdbcDunningBlockRepository(dataSource), null);
    }

    @Deactivate
    void deactivate() {
        blocks.unregister();
        registration.unregister();
    }
}
