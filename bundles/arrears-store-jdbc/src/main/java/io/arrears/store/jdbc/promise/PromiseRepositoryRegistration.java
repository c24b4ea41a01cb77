package io.arrears.store.jdbc.promise;

import io.arrears.api.outbox.Outbox;
import io.arrears.api.promise.PromiseRepository;
import javax.sql.DataSource;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Offers the JDBC {@link PromiseRepository} once the Arrears database and the outbox are up. */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.promise.PromiseRepository")
@Component(service = {}, immediate = true)
public class PromiseRepositoryRegistration {

    private final ServiceRegistration<PromiseRepository> promises;

    @Activate
    public PromiseRepositoryRegistration(BundleContext context,
            @Reference(target = "(dataSourceName=arrears)") DataSource dataSource, @Reference Outbox outbox) {
        this.promises = context.registerService(PromiseRepository.class, new JdbcPromiseRepository(dataSource, outbox), null);
    }

    @Deactivate
    void deactivate() {
        promises.unregister();
    }
}
