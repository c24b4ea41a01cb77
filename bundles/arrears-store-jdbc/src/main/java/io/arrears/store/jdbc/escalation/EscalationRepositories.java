package io.arrears.store.jdbc.escalation;

import io.arrears.api.agency.PlacementRepository;
import io.arrears.api.insurer.InsurerPolicyRepository;
import io.arrears.api.insurer.NotificationRepository;
import io.arrears.api.partner.PartnerQueue;
import io.arrears.store.jdbc.agency.JdbcPlacementRepository;
import io.arrears.store.jdbc.insurer.JdbcInsurerPolicyRepository;
import io.arrears.store.jdbc.insurer.JdbcNotificationRepository;
import io.arrears.store.jdbc.partner.JdbcPartnerQueue;
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

/** Offers the agency, insurer and partner-queue repositories once the migrated Arrears database is there. */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.agency.PlacementRepository")
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.insurer.InsurerPolicyRepository")
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.insurer.NotificationRepository")
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.partner.PartnerQueue")
@Component(service = {}, immediate = true)
public class EscalationRepositories {

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Activate
    public EscalationRepositories(BundleContext context, @Reference(target = "(dataSourceName=arrears)") DataSource dataSource) {
        registrations.add(context.registerService(PlacementRepository.class, new JdbcPlacementRepository(dataSource), null));
        registrations.add(context.registerService(InsurerPolicyRepository.class, new JdbcInsurerPolicyRepository(dataSource), null));
        registrations.add(context.registerService(NotificationRepository.class, new JdbcNotificationRepository(dataSource), null));
        registrations.add(context.registerService(PartnerQueue.class, new JdbcPartnerQueue(dataSource, Clock.systemUTC()), null));
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }
}
