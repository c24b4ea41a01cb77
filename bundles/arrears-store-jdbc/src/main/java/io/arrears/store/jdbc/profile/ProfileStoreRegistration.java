package io.arrears.store.jdbc.profile;

import io.arrears.api.profile.ProfileStore;
import javax.sql.DataSource;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Offers the JDBC {@link ProfileStore} once the Arrears database is up (migrated). */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.profile.ProfileStore")
@Component(service = {}, immediate = true)
public class ProfileStoreRegistration {

    private final ServiceRegistration<ProfileStore> registration;

    @Activate
    public ProfileStoreRegistration(BundleContext context, @Reference(target = "(dataSourceName=arrears)") DataSource dataSource) {
        this.registration = context.registerService(ProfileStore.class, new JdbcProfileStore(dataSource), null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
