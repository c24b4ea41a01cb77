package io.arrears.route.erpintake;

import io.arrears.api.intake.IntakeService;
import io.arrears.api.secret.Secrets;
import io.arrears.routes.support.http.OutboundUrlPolicy;
import io.arrears.routes.support.watermark.JdbcWatermarkStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.camel.RoutesBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Route {@value #ROUTE_ID}: pulls invoices from the ERP JSON API configured in PID {@value #PID}. */
@Component(service = RoutesBuilder.class, configurationPid = ErpApiIntakeRoute.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ErpApiConfig.class)
public class ErpApiIntakeRoute extends IncrementalPollRoute {

    public static final String PID = "arrears.erpintake.rest";
    public static final String ROUTE_ID = "arrears.erpintake.rest.pull";
    /** Items and the watermark are recorded under this source. */
    public static final String SOURCE = "erpintake.rest";

    @Activate
    public ErpApiIntakeRoute(ErpApiConfig config, @Reference IntakeService intake,
            @Reference(target = "(dataSourceName=arrears)") DataSource arrears) {
        super(ROUTE_ID, Duration.ofSeconds(config.poll_interval_seconds()), config.enabled(),
                config.enabled() ? puller(config, intake, arrears) : ErpDatabaseIntakeRoute.disabled(),
                config.max_redeliveries(), Duration.ofMillis(config.redelivery_delay_ms()));
    }

    static ErpApiPuller puller(ErpApiConfig config, IntakeService intake, DataSource arrears) {
        ErpApiSettings settings = settings(config);
        return new ErpApiPuller(SOURCE, settings, new ErpApiClient(settings.authHeader(), settings.authValue(), settings.timeout()),
                new InvoiceFieldMapper(config.date_pattern()), new JdbcWatermarkStore(arrears, Clock.systemUTC()), intake);
    }

    /** The settings of a configuration; every mistake is named with its key. */
    static ErpApiSettings settings(ErpApiConfig config) {
        OutboundUrlPolicy policy = OutboundUrlPolicy.parse(config.allowed_hosts(), config.allow_http(), config.allow_loopback());
        ErpApiPaging paging;
        try {
            paging = ErpApiPaging.valueOf(config.paging().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PID + ": paging '" + config.paging() + "' is not PAGE or NEXT_LINK", e);
        }
        try {
            return new ErpApiSettings(policy.check(config.base_url()), policy, config.auth_header(),
                    Secrets.resolve("auth.value in " + PID, config.auth_value()),
                    config.items_path(), FieldMappings.of(config, ErpApiConfig.class, "field"), paging, config.page_param(),
                    config.page_first(), config.size_param(), config.page_size(), config.next_path(), config.max_pages(),
                    config.updated_since_param(), config.updated_path(), config.watermark_initial(),
                    Duration.ofSeconds(config.timeout_seconds()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PID + ": " + e.getMessage(), e);
        }
    }
}
