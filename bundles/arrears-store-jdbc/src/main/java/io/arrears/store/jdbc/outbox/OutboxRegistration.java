package io.arrears.store.jdbc.outbox;

import io.arrears.api.outbox.Outbox;
import java.time.Clock;
import javax.sql.DataSource;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Offers the JDBC outbox as the {@link Outbox} service once the Arrears database is up (and migrated). */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.outbox.Outbox")
@Component(immediate = true)
public class OutboxRegistration {

    private final ServiceRegistration<Outbox> registration;

    @Activate
    public OutboxRegistration(BundleContext context, @Reference(target = "(dataSourceName=arrears)") DataSource dataSource) {
        this.registration = context.registerService(Outbox.class, new JdbcOutbox(dataSource, Clock.systemUTC()), null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
