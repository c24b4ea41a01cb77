package io.arrears.store.jdbc.runtime;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/** A HikariCP pool over the driver's own DataSource (from its OSGi DataSourceFactory). */
public final class ConnectionPool {

    private ConnectionPool() {
    }

    public static HikariDataSource open(DataSource direct, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("pool.size must be at least 1, was " + size);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("arrears");
        config.setDataSource(direct);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        // a transaction that died with its node must not hold a pooled connection's locks for long
        config.setMaxLifetime(30 * 60_000L);
        return new HikariDataSource(config);
    }
}
