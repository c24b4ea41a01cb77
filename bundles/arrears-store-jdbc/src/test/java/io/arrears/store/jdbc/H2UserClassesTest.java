package io.arrears.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.store.jdbc.contact.AppendOnlyTrigger;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The OSGi situation without a framework: H2 in a class loader of its own that cannot see the store's
 * classes (as the H2 bundle, which has no DynamicImport-Package, cannot), the store's classes in a
 * loader that sees H2 (as our bundle imports org.h2.api and org.h2.util), and a thread context class
 * loader that sees neither. H2 then finds the contact log trigger only through {@link H2UserClasses}.
 */
class H2UserClassesTest {

    private static final String TRIGGER = "CREATE TRIGGER trg_t BEFORE UPDATE ON t FOR EACH ROW CALL '"
            + AppendOnlyTrigger.class.getName() + "'";

    @Test
    void isolatedH2LoadsTheTriggerOnlyThroughTheClassFactory() throws Exception {
        URL h2Jar = org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation();
        URL storeClasses = H2UserClasses.class.getProtectionDomain().getCodeSource().getLocation();
        Thread thread = Thread.currentThread();
        ClassLoader originalContext = thread.getContextClassLoader();
        try (URLClassLoader h2Bundle = new URLClassLoader(new URL[] {h2Jar}, ClassLoader.getPlatformClassLoader());
             URLClassLoader storeBundle = new URLClassLoader(new URL[] {storeClasses}, h2Bundle)) {
            thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
            DataSource dataSource = h2DataSource(h2Bundle);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10))");
                s.execute("INSERT INTO t VALUES (1, 'a')");

                assertThatThrownBy(() -> s.execute(TRIGGER)).hasMessageContaining(AppendOnlyTrigger.class.getName());

                try (AutoCloseable registration = (AutoCloseable) storeBundle.loadClass(H2UserClasses.class.getName())
                        .getMethod("register").invoke(null)) {
                    s.execute(TRIGGER);
                    assertThatThrownBy(() -> s.execute("UPDATE t SET v = 'b'")).hasMessageContaining("append-only: UPDATE rejected");
                }
                s.execute("SHUTDOWN");
            }
        } finally {
            thread.setContextClassLoader(originalContext);
        }
        assertThat(thread.getContextClassLoader()).isSameAs(originalContext);
    }

    private static DataSource h2DataSource(ClassLoader h2Bundle) throws Exception {
        Class<?> type = h2Bundle.loadClass("org.h2.jdbcx.JdbcDataSource");
        assertThat(type).isNotSameAs(org.h2.jdbcx.JdbcDataSource.class);
        Object dataSource = type.getConstructor().newInstance();
        type.getMethod("setURL", String.class).invoke(dataSource, "jdbc:h2:mem:isolated_" + UUID.randomUUID().toString().replace("-", ""));
        return (DataSource) dataSource;
    }
}
