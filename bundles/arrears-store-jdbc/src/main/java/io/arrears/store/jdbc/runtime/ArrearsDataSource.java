package io.arrears.store.jdbc.runtime;

import io.arrears.api.health.ComponentHealth;
import io.arrears.api.health.HealthContributor;
import io.arrears.api.secret.Secrets;
import io.arrears.api.store.StoreException;
import io.arrears.store.jdbc.DatabaseKind;
import io.arrears.store.jdbc.H2UserClasses;
import io.arrears.store.jdbc.MigrationResult;
import io.arrears.store.jdbc.MigrationRunner;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the configured database, brings its schema up to date, and only then offers it to the rest
 * of Arrears as the {@code DataSource} service {@code (dataSourceName=arrears)}.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=javax.sql.DataSource")
@Component(service = HealthContributor.class, immediate = true, configurationPid = StoreConfig.PID)
@Designate(ocd = StoreConfig.class)
public class ArrearsDataSource implements HealthContributor {

    public static final String DATA_SOURCE_NAME = "arrears";
    private static final Logger LOG = LoggerFactory.getLogger(ArrearsDataSource.class);

    private final DataSource dataSource;
    /** The PostgreSQL connection pool; null for H2. */
    private final com.zaxxer.hikari.HikariDataSource pool;
    private final DatabaseKind kind;
    private final String url;
    private final ServiceRegistration<DataSource> registration;
    /** Lets H2 load our trigger classes; null for PostgreSQL. */
    private final H2UserClasses.Registration h2Classes;

    @Activate
    public ArrearsDataSource(BundleContext context, StoreConfig config,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
            List<ServiceReference<DataSourceFactory>> factories) throws SQLException {
        String dataFolder = context.getProperty("karaf.data") == null ? "data" : context.getProperty("karaf.data");
        this.url = config.url().isBlank() ? DriverChoice.defaultH2Url(dataFolder) : config.url().trim();
        DriverChoice driver = DriverChoice.forUrl(url);
        DataSourceFactory factory = factories.stream()
                .filter(ref -> driver.driverClass().equals(ref.getProperty(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS)))
                .map(context::getService)
                .findFirst()
                .orElseThrow(() -> new StoreException("no JDBC driver " + driver.driverClass() + " is installed for " + url));
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, url);
        if (!config.user().isBlank()) {
            props.setProperty(DataSourceFactory.JDBC_USER, config.user());
        }
        if (!config.password().isEmpty()) {
            props.setProperty(DataSourceFactory.JDBC_PASSWORD, Secrets.resolve("password in " + StoreConfig.PID, config.password()));
        }
        DataSource direct = factory.createDataSource(props);
        // PostgreSQL: a new connection per transaction costs a TCP and session set-up; pool them. H2 is in-process.
        this.pool = driver == DriverChoice.H2 ? null : ConnectionPool.open(direct, config.pool_size());
        this.dataSource = pool == null ? direct : pool;
        // before the migrations: they create H2 triggers, which H2 loads by class name
        this.h2Classes = driver == DriverChoice.H2 ? H2UserClasses.register() : null;
        MigrationResult migrated;
        try {
            migrated = MigrationRunner.forDataSource(dataSource, Clock.systemUTC()).migrate(dataSource);
        } catch (RuntimeException e) {
            closeH2Classes();
            closePool();
            throw e;
        }
        this.kind = migrated.kind();
        LOG.info("Database {} at {}: schema version {} ({} migrations applied now)",
                kind, url, migrated.schemaVersion(), migrated.appliedNow().size());
        Dictionary<String, Object> serviceProps = new Hashtable<>();
        serviceProps.put("dataSourceName", DATA_SOURCE_NAME);
        serviceProps.put("arrears.database.kind", kind.name());
        this.registration = context.registerService(DataSource.class, dataSource, serviceProps);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
        if (kind == DatabaseKind.H2) {
            // the embedded database stays open (DB_CLOSE_DELAY=-1) until told: close it cleanly
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.warn("H2 did not shut down cleanly", e);
            }
        }
        closeH2Classes();
        closePool();
    }

    private void closePool() {
        if (pool != null) {
            pool.close();
        }
    }

    private void closeH2Classes() {
        if (h2Classes != null) {
            h2Classes.close();
        }
    }

    @Override
    public ComponentHealth check() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            // no URL: the health endpoint is public and must not reveal hosts or paths
            return ComponentHealth.up("database", Map.of(
                    "kind", kind.name(),
                    "product", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()));
        } catch (SQLException e) {
            LOG.warn("Database {} at {} unreachable", kind, url, e);
            return ComponentHealth.down("database", kind + " unreachable (see the Karaf log)");
        }
    }
}
