package io.arrears.route.agency;

import io.arrears.api.insurer.InsurerService;
import io.arrears.api.partner.PartnerKind;
import io.arrears.api.partner.PartnerMessage;
import io.arrears.api.partner.PartnerQueue;
import java.time.Clock;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One credit insurer ({@code etc/io.arrears.route.insurer-<name>.cfg}): route {@code arrears.insurer.<id>.deliver}
 * delivers queued overdue notifications; a {@code "reference"} in the insurer's HTTPS answer is recorded as its
 * acknowledgement (otherwise an operator records it through the REST API).
 */
@Component(service = RoutesBuilder.class, configurationPid = InsurerRoutes.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PartnerConfig.class, factory = true)
public class InsurerRoutes extends RouteBuilder {

    public static final String PID = "io.arrears.route.insurer";
    private static final Logger LOG = LoggerFactory.getLogger(InsurerRoutes.class);

    private final PartnerQueue queue;
    private final InsurerService insurers;
    private final PartnerSettings settings;
    private final PartnerTransport transport;
    private final Clock clock;

    @Activate
    public InsurerRoutes(PartnerConfig config, @Reference PartnerQueue queue, @Reference InsurerService insurers) {
        this(PartnerSettings.from(config), queue, insurers, Clock.systemUTC());
        LOG.info("Insurer {}: {} over {}", settings.partnerId(), settings.enabled() ? "enabled" : "disabled", settings.transport());
    }

    public InsurerRoutes(PartnerSettings settings, PartnerQueue queue, InsurerService insurers, Clock clock) {
        this.settings = settings;
        this.queue = queue;
        this.insurers = insurers;
        this.clock = clock;
        // a disabled partner opens no client and adds no route: its messages wait in the queue
        this.transport = settings.enabled() ? settings.newTransport() : null;
    }

    public static String deliverRouteId(String insurerId) {
        return "arrears.insurer." + insurerId + ".deliver";
    }

    @Override
    public void configure() {
        if (transport == null) {
            return;
        }
        PartnerRouteErrors.of("insurer").applyTo(this);
        from("timer:arrears-insurer-" + settings.partnerId() + "-deliver?fixedRate=false&delay=1000&period="
                + settings.pollInterval().toMillis())
                .routeId(deliverRouteId(settings.partnerId()))
                .autoStartup(settings.enabled())
                .process(new DeliverPartnerMessages(queue, PartnerKind.INSURER, settings, transport, this::acknowledge, clock))
                .id("DeliverPartnerMessages");
    }

    private void acknowledge(PartnerMessage message, String reference) {
        long notificationId = Long.parseLong(message.key().substring(message.key().lastIndexOf('-') + 1));
        try {
            insurers.acknowledge(notificationId, reference);
        } catch (IllegalStateException e) {
            LOG.info("insurer {}: notification {} already acknowledged: {}", settings.partnerId(), notificationId, e.getMessage());
        }
    }

    @Deactivate
    void deactivate() {
        if (transport instanceof SftpTransport sftp) {
            sftp.close();
        }
    }
}
