package io.arrears.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Supplies {@link DatabaseTest} methods with one {@link TestDatabase} per enabled database. Every
 * invocation gets its own H2 in-memory database or its own PostgreSQL schema (selected with
 * {@code currentSchema} in the URL), so parallel builds on one server do not collide.
 */
public final class TestDatabases implements TestTemplateInvocationContextProvider {

    static final String POSTGRES_URL = System.getProperty("store.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String POSTGRES_USER = System.getProperty("store.postgres.user", "postgres");

    static boolean postgresEnabled() {
        return Boolean.getBoolean("store.postgres") || "true".equalsIgnoreCase(System.getenv("ARREARS_TEST_POSTGRES"));
    }

    static List<DatabaseKind> enabled() {
        List<DatabaseKind> kinds = new ArrayList<>(List.of(DatabaseKind.H2));
        if (postgresEnabled()) {
            kinds.add(DatabaseKind.POSTGRESQL);
        }
        return kinds;
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return enabled().stream().map(TestDatabases::invocation);
    }

    private static TestTemplateInvocationContext invocation(DatabaseKind kind) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return kind.name();
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Resolver(kind));
            }
        };
    }

    /** Creates a fresh database of {@code kind}; the caller closes it to drop it. */
    static TestDatabase create(DatabaseKind kind, String hint) {
        String cleaned = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String name = "arrears_" + cleaned.substring(0, Math.min(20, cleaned.length()))
                + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return kind == DatabaseKind.H2 ? h2(name) : postgres(name);
    }

    private static TestDatabase h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return new TestDatabase(DatabaseKind.H2, ds, "SHUTDOWN");
    }

    private static TestDatabase postgres(String schema) {
        try (Connection admin = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
             Statement s = admin.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL tests are enabled but " + POSTGRES_URL + " as " + POSTGRES_USER
                    + " is not usable: " + e.getMessage(), e);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        ds.setUser(POSTGRES_USER);
        return new TestDatabase(DatabaseKind.POSTGRESQL, ds, "DROP SCHEMA " + schema + " CASCADE");
    }

    private record Resolver(DatabaseKind kind) implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            // stored in the invocation's store: JUnit closes it (drops the schema) when the invocation ends
            return context.getStore(ExtensionContext.Namespace.create(TestDatabases.class, kind))
                    .getOrComputeIfAbsent("database", key -> create(kind, context.getRequiredTestMethod().getName()),
                            TestDatabase.class);
        }
    }
}
