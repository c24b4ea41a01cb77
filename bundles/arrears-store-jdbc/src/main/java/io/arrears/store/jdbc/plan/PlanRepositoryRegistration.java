package io.arrears.store.jdbc.plan;

import io.arrears.api.outbox.Outbox;
import io.arrears.api.plan.DiscountOfferRepository;
import io.arrears.api.plan.PlanRepository;
import javax.sql.DataSource;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Offers the JDBC {@link PlanRepository} and {@link DiscountOfferRepository} once the Arrears database and the outbox are up. */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.plan.PlanRepository")
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.plan.DiscountOfferRepository")
@Component(service = {}, immediate = true)
public class PlanRepositoryRegistration {

    private final ServiceRegistration<PlanRepository> plans;
    private final ServiceRegistration<DiscountOfferRepository> offers;

    @Activate
    public PlanRepositoryRegistration(BundleContext context, @Reference(target = "(dataSourceName=arrears)") DataSource dataSource,
            @Reference Outbox outbox) {
        this.plans = context.registerService(PlanRepository.class, new JdbcPlanRepository(dataSource, outbox), null);
        this.offers = context.registerService(DiscountOfferRepository.class, new JdbcDiscountOfferRepository(dataSource, outbox),
                null);
    }

    @Deactivate
    void deactivate() {
        offers.unregister();
        plans.unregister();
    }
}
