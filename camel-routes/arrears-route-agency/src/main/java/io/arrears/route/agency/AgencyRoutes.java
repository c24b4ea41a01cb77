package io.arrears.route.agency;

import io.arrears.api.agency.PlacementService;
import io.arrears.api.partner.PartnerKind;
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
 * One collection agency ({@code etc/io.arrears.route.agency-<name>.cfg}): route {@code arrears.agency.<id>.deliver}
 * delivers queued placements and recalls, route {@code arrears.agency.<id>.feedback} polls the agency's SFTP inbound
 * folder (when configured). Both are off unless {@code enabled=true}.
 */
@Component(service = RoutesBuilder.class, configurationPid = AgencyRoutes.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PartnerConfig.class, factory = true)
public class AgencyRoutes extends RouteBuilder {

    public static final String PID = "io.arrears.route.agency";
    private static final Logger LOG = LoggerFactory.getLogger(AgencyRoutes.class);

    private final PartnerQueue queue;
    private final PlacementService placements;
    private final PartnerSettings settings;
    private final PartnerTransport transport;
    private final Clock clock;

    @Activate
    public AgencyRoutes(PartnerConfig config, @Reference PartnerQueue queue, @Reference PlacementService placements) {
        this(PartnerSettings.from(config), queue, placements, Clock.systemUTC());
        LOG.info("Agency {}: {} over {}", settings.partnerId(), settings.enabled() ? "enabled" : "disabled", settings.transport());
    }

    public AgencyRoutes(PartnerSettings settings, PartnerQueue queue, PlacementService placements, Clock clock) {
        this.settings = settings;
        this.queue = queue;
        this.placements = placements;
        this.clock = clock;
        // a disabled partner opens no client and adds no route: its messages wait in the queue
        this.transport = settings.enabled() ? settings.newTransport() : null;
    }

    public static String deliverRouteId(String agencyId) {
        return "arrears.agency." + agencyId + ".deliver";
    }

    public static String feedbackRouteId(String agencyId) {
        return "arrears.agency." + agencyId + ".feedback";
    }

    @Override
    public void configure() {
        if (transport == null) {
            return;
        }
        PartnerRouteErrors.of("agency").applyTo(this);
        long period = settings.pollInterval().toMillis();
        from("timer:arrears-agency-" + settings.partnerId() + "-deliver?fixedRate=false&delay=1000&period=" + period)
                .routeId(deliverRouteId(settings.partnerId()))
                .autoStartup(settings.enabled())
                .process(new DeliverPartnerMessages(queue, PartnerKind.AGENCY, settings, transport, (m, r) -> { }, clock))
                .id("DeliverPartnerMessages");
        if (transport instanceof SftpTransport sftp && settings.sftp().flatMap(SftpSettings::inboundDir).isPresent()) {
            from("timer:arrears-agency-" + settings.partnerId() + "-feedback?fixedRate=false&delay=1000&period=" + period)
                    .routeId(feedbackRouteId(settings.partnerId()))
                    .autoStartup(settings.enabled())
                    .process(new PollAgencyFeedback(sftp, settings.partnerId(), placements, clock)).id("PollAgencyFeedback");
        }
    }

    @Deactivate
    void deactivate() {
        if (transport instanceof SftpTransport sftp) {
            sftp.close();
        }
    }
}
