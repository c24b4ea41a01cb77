package io.arrears.core.promise;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the JSON configuration of promises, plans and calls: a bundled default next to a class, or
 * an operator's edited copy. Unknown or missing fields are errors, so a typo is never a silently
 * ignored setting.
 */
public final class JsonConfig {

    // configured once, then only read: ObjectMapper is thread-safe for reading
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonConfig() {
    }

    /** The resource {@code name} in the package of {@code anchor}. */
    public static <T> T bundled(Class<?> anchor, String name, Class<T> type) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new ConfigurationException("bundled resource " + name + " is missing next to " + anchor.getName());
            }
            return parse(in, type, "bundled " + name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + name, e);
        }
    }

    public static <T> T read(Path path, Class<T> type) {
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in, type, path.toString());
        } catch (IOException e) {
            throw new ConfigurationException("cannot read configuration file " + path + ": " + e.getMessage(), e);
        }
    }

    private static <T> T parse(InputStream in, Class<T> type, String source) throws IOException {
        try {
            T value = MAPPER.readValue(in, type);
            if (value == null) {
                throw new ConfigurationException(source + " is empty");
            }
            return value;
        } catch (JacksonException e) {
            String at = e.getLocation() == null ? "?"
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ConfigurationException(source + ": " + e.getOriginalMessage() + " at " + at, e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(source + ": " + e.getMessage(), e);
        }
    }
}
