package io.arrears.store.jdbc;

import io.arrears.api.store.StoreException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The databases the store supports; each has its own migration folder of the same name. */
public enum DatabaseKind {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String folder;

    DatabaseKind(String folder) {
        this.folder = folder;
    }

    /** The folder under {@code migration/} that holds this dialect's scripts. */
    public String folder() {
        return folder;
    }

    public static DatabaseKind of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            throw SqlErrors.translate("connecting to detect the database kind", e);
        }
    }

    public static DatabaseKind of(Connection connection) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            return fromProductName(meta.getDatabaseProductName(), meta.getURL());
        } catch (SQLException e) {
            throw SqlErrors.translate("reading database metadata", e);
        }
    }

    static DatabaseKind fromProductName(String productName, String url) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.equals("h2")) {
            return H2;
        }
        if (name.equals("postgresql")) {
            return POSTGRESQL;
        }
        throw new StoreException("unsupported database '" + productName + "' at " + url
                + ": Arrears supports H2 (embedded) and PostgreSQL; point the DataSource at one of them");
    }
}
