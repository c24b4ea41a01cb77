package io.arrears.store.jdbc.timeline;

import io.arrears.api.timeline.TimelineSource;
import javax.sql.DataSource;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Offers the notices and messages of the Arrears database as a {@link TimelineSource}. */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.timeline.TimelineSource")
@Component(service = {}, immediate = true)
public class TimelineSourceRegistration {

    private final ServiceRegistration<TimelineSource> source;

    @Activate
    public TimelineSourceRegistration(BundleContext context, @Reference(target = "(dataSourceName=arrears)") DataSource dataSource) {
        this.source = context.registerService(TimelineSource.class, new JdbcMessageTimeline(dataSource), null);
    }

    @Deactivate
    void deactivate() {
        source.unregister();
    }
}
