package io.arrears.store.jdbc.dunning;

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

/** Offers the JDBC {@link DunningNoticeRepository} once the Arrears database and the outbox are up. */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.dunning.DunningNoticeRepository")
@Component(service = {}, immediate = true)
public class DunningRepositoryRegistration {

    private final ServiceRegistration<DunningNoticeRepository> registration;

    @Activate
    public DunningRepositoryRegistration(BundleContext context,
            @Reference(target = "(dataSourceName=arrears)") DataSource dataSource, @Reference Outbox outbox) {
        this.registration = context.registerService(DunningNoticeRepository.class,
                new JdbcDunningNoticeRepository(dataSource, outbox), null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
