package io.arrears.store.jdbc.runtime;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Arrears database",
        description = "Where Arrears keeps its ledger, notices and logs: embedded H2 by default, PostgreSQL in production.")
public @interface StoreConfig {

    String PID = "io.arrears.store.jdbc";

    @AttributeDefinition(name = "JDBC URL",
            description = "jdbc:postgresql://host:5432/db for PostgreSQL, or a jdbc:h2: URL. Empty: an embedded H2 database "
                    + "in ${karaf.data}/arrears/.")
    String url() default "";

    @AttributeDefinition(name = "User", description = "Database user. Empty for the embedded H2 database.")
    String user() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD,
            description = "Database password. Do not write it in plain text: use $[env:ARREARS_DB_PASSWORD] "
                    + "(environment variable) or ENC(…) from arrears:encrypt (master key in ARREARS_MASTER_KEY).")
    String password() default "";

    @AttributeDefinition(name = "Connection pool size",
            description = "Most connections Arrears keeps open to PostgreSQL (HikariCP). Each node of a cluster has its own pool: "
                    + "nodes x pool size must stay below the server's max_connections. Not used for the embedded H2 database.",
            min = "1")
    int pool_size() default 10;
}
