package io.arrears.store.jdbc.runtime;

import io.arrears.api.store.StoreException;

/** Which JDBC driver serves a URL; Arrears supports H2 and PostgreSQL only. */
enum DriverChoice {
    H2("jdbc:h2:", "org.h2.Driver"),
    POSTGRESQL("jdbc:postgresql:", "org.postgresql.Driver");

    private final String urlPrefix;
    private final String driverClass;

    DriverChoice(String urlPrefix, String driverClass) {
        this.urlPrefix = urlPrefix;
        this.driverClass = driverClass;
    }

    String driverClass() {
        return driverClass;
    }

    static DriverChoice forUrl(String url) {
        for (DriverChoice choice : values()) {
            if (url.startsWith(choice.urlPrefix)) {
                return choice;
            }
        }
        throw new StoreException("unsupported JDBC URL '" + url + "' in " + StoreConfig.PID
                + ".cfg: use jdbc:postgresql://host:port/database or a jdbc:h2: URL");
    }

    /** The embedded default: a file database under Karaf's data folder, kept open while Karaf runs. */
    static String defaultH2Url(String dataFolder) {
        return "jdbc:h2:file:" + dataFolder + "/arrears/arrears;DB_CLOSE_DELAY=-1";
    }
}
