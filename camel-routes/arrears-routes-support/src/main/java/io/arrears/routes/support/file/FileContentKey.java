package io.arrears.routes.support.file;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;
import org.apache.camel.component.file.GenericFile;

/**
 * The idempotency key of a dropped file: route id, file name and SHA-256 of the content. The same file
 * dropped again is skipped; a corrected file under the same name is a new key and is imported.
 */
public final class FileContentKey implements Expression {

    private final String routeId;

    public FileContentKey(String routeId) {
        this.routeId = routeId;
    }

    @Override
    public <T> T evaluate(Exchange exchange, Class<T> type) {
        // the consumer evaluates the key on a stand-in exchange that carries the file as a property
        GenericFile<?> file = exchange.getProperty(Exchange.FILE_EXCHANGE_FILE, GenericFile.class);
        if (file == null) {
            file = exchange.getIn().getBody(GenericFile.class);
        }
        if (file == null) {
            throw new IllegalStateException(routeId + ": no file on the exchange to compute an idempotency key for");
        }
        return type.cast(key(routeId, file.getFileName(), (File) file.getFile()));
    }

    static String key(String routeId, String name, File content) {
        return routeId + "/" + name + "/" + sha256(content);
    }

    private static String sha256(File file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file.toPath()), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to compute its idempotency key", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
