package io.arrears.route.dispatch;

import io.arrears.api.metrics.Metrics;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.outbox.SendCheck;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.camel.RoutesBuilder;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatch routes as a service for the Arrears CamelContext, configured by {@code etc/io.arrears.route.dispatch.cfg}.
 * A configuration change re-creates the component, and with it the routes and senders.
 */
@Component(service = RoutesBuilder.class, configurationPid = DispatchConfig.PID)
@Designate(ocd = DispatchConfig.class)
public class DispatchComponent extends DispatchRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchComponent.class);

    @Activate
    public DispatchComponent(BundleContext context, DispatchConfig config, @Reference Outbox outbox, @Reference Metrics metrics,
            @Reference SendCheck check) {
        this(DispatchSettings.from(config, defaultFolder(context)), outbox, metrics, check);
    }

    /** The send check is mandatory: without the ledger's last word no notice leaves (it comes with arrears-core). */
    private DispatchComponent(DispatchSettings settings, Outbox outbox, Metrics metrics, SendCheck check) {
        super(outbox, DispatchChannels.create(settings, Clock.systemUTC()), settings, metrics, check);
        LOG.info("Dispatch: e-mail {}, SMS {}, outbox folder {}, poll every {}", 
                settings.smtp().map(s -> "SMTP " + s.host() + ":" + s.port()).orElse("to files"),
                settings.sms().map(s -> "gateway " + s.url().getHost()).orElse("to files"),
                settings.outboxFolder(), settings.pollInterval());
    }

    private static Path defaultFolder(BundleContext context) {
        String data = context.getProperty("karaf.data");
        return Path.of(data == null ? "data" : data, "arrears", "outbox");
    }
}
