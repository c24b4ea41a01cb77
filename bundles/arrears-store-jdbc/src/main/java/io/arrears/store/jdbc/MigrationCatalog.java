package io.arrears.store.jdbc;

import io.arrears.api.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the migrations of one dialect. OSGi bundles cannot list their own classpath reliably, so
 * {@code <root>/index.txt} names the scripts (one file name a line, {@code #} comments) and each
 * dialect folder {@code <root>/<kind>/} must hold every listed file.
 */
final class MigrationCatalog {

    static final String ROOT = "/io/arrears/store/jdbc/migration";

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d{3,})__([A-Za-z0-9_]+)\\.sql");

    private MigrationCatalog() {
    }

    /** The bundled migrations for {@code kind}, in version order. */
    static List<Migration> load(DatabaseKind kind) {
        return load(MigrationCatalog.class, ROOT, kind);
    }

    static List<Migration> load(Class<?> anchor, String root, DatabaseKind kind) {
        List<Migration> migrations = new ArrayList<>();
        for (String line : read(anchor, root + "/index.txt").split("\\R")) {
            String fileName = line.strip();
            if (fileName.isEmpty() || fileName.startsWith("#")) {
                continue;
            }
            Matcher m = FILE_NAME.matcher(fileName);
            if (!m.matches()) {
                throw new StoreException("migration index " + root + "/index.txt lists '" + fileName
                        + "': expected a name like V001__ledger.sql");
            }
            int version = Integer.parseInt(m.group(1));
            if (!migrations.isEmpty() && version <= migrations.get(migrations.size() - 1).version()) {
                throw new StoreException("migration index " + root + "/index.txt lists V" + m.group(1)
                        + " after V" + migrations.get(migrations.size() - 1).version() + ": versions must increase");
            }
            String script = read(anchor, root + "/" + kind.folder() + "/" + fileName);
            migrations.add(new Migration(version, m.group(2).replace('_', ' '),
                    SqlScript.statements(script), SqlScript.checksum(script)));
        }
        return List.copyOf(migrations);
    }

    private static String read(Class<?> anchor, String path) {
        try (InputStream in = anchor.getResourceAsStream(path)) {
            if (in == null) {
                throw new StoreException("migration resource " + path + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration resource " + path + ": " + e.getMessage(), e);
        }
    }
}
