package io.arrears.route.erpintake;

import io.arrears.api.intake.IntakeService;
import io.arrears.api.secret.Secrets;
import io.arrears.routes.support.watermark.JdbcWatermarkStore;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.camel.Processor;
import org.apache.camel.RoutesBuilder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Route {@value #ROUTE_ID}: polls the ERP database configured in PID {@value #PID} (its own JDBC URL,
 * user and password, opened through the installed JDBC driver's DataSourceFactory).
 */
@Component(service = RoutesBuilder.class, configurationPid = ErpDatabaseIntakeRoute.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ErpDatabaseConfig.class)
public class ErpDatabaseIntakeRoute extends IncrementalPollRoute {

    public static final String PID = "arrears.erpintake.jdbc";
    public static final String ROUTE_ID = "arrears.erpintake.jdbc.poll";
    /** Items and the watermark are recorded under this source. */
    public static final String SOURCE = "erpintake.jdbc";

    @Activate
    public ErpDatabaseIntakeRoute(BundleContext context, ErpDatabaseConfig config, @Reference IntakeService intake,
            @Reference(target = "(dataSourceName=arrears)") DataSource arrears,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
            List<ServiceReference<DataSourceFactory>> drivers) throws SQLException {
        super(ROUTE_ID, Duration.ofSeconds(config.poll_interval_seconds()), config.enabled(),
                config.enabled() ? poller(context, config, intake, arrears, drivers) : disabled(),
                config.max_redeliveries(), Duration.ofMillis(config.redelivery_delay_ms()));
    }

    /** Builds the poller from the configuration; every mistake is named with its key. */
    static ErpDatabasePoller poller(ErpDatabaseConfig config, DataSource erp, IntakeService intake, DataSource arrears) {
        WatermarkType type;
        try {
            type = WatermarkType.valueOf(config.watermark_type().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PID + ": watermark.type '" + config.watermark_type()
                    + "' is not TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE or NUMBER", e);
        }
        ErpQuery query = new ErpQuery(config.query(), FieldMappings.of(config, ErpDatabaseConfig.class, "column"),
                config.watermark_column(), type, config.batch_size());
        Object initial = type.parseConfigured(config.watermark_initial().isBlank() ? lowest(type) : config.watermark_initial(),
                PID + ": watermark.initial");
        return new ErpDatabasePoller(SOURCE, erp, query, initial, new InvoiceFieldMapper(config.date_pattern()),
                new JdbcWatermarkStore(arrears, Clock.systemUTC()), intake);
    }

    private static Processor poller(BundleContext context, ErpDatabaseConfig config, IntakeService intake, DataSource arrears,
            List<ServiceReference<DataSourceFactory>> drivers) throws SQLException {
        String url = config.jdbc_url().strip();
        if (url.isEmpty()) {
            throw new IllegalArgumentException(PID + ": jdbc.url is required when enabled");
        }
        String driver = config.jdbc_driver_class().isBlank() ? driverFor(url) : config.jdbc_driver_class().strip();
        DataSourceFactory factory = drivers.stream()
                .filter(ref -> driver.equals(ref.getProperty(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS)))
                .map(context::getService)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(PID + ": no JDBC driver " + driver + " is installed"));
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, url);
        if (!config.jdbc_user().isBlank()) {
            props.setProperty(DataSourceFactory.JDBC_USER, config.jdbc_user());
        }
        if (!config.jdbc_password().isEmpty()) {
            props.setProperty(DataSourceFactory.JDBC_PASSWORD, Secrets.resolve("jdbc.password", config.jdbc_password()));
        }
        return poller(config, factory.createDataSource(props), intake, arrears);
    }

    static String driverFor(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        throw new IllegalArgumentException(PID + ": set jdbc.driver.class for " + url.replaceAll("//[^/@]*@", "//"));
    }

    private static String lowest(WatermarkType type) {
        return switch (type) {
            case TIMESTAMP -> "1900-01-01T00:00:00";
            case TIMESTAMP_WITH_TIME_ZONE -> "1900-01-01T00:00:00Z";
            case NUMBER -> "-9223372036854775808";
        };
    }

    /** The route exists but stays stopped; started by hand it says why it does nothing. */
    static Processor disabled() {
        return exchange -> {
            throw new IllegalStateException(PID + " is disabled (enabled=false)");
        };
    }
}
