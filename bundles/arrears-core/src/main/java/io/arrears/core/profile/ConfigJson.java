package io.arrears.core.profile;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes the profiling configuration files: the bundled defaults (class-path resources next to this
 * class) or an operator's edited copy from a path. Unknown fields are errors so a typo is not a
 * silently ignored setting.
 */
public final class ConfigJson {

    // configured once, then only read: ObjectMapper is thread-safe for reading
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ConfigJson() {
    }

    /** Parses an edited document; a problem is a {@link ProfileConfigException} naming it (field, line, column). */
    public static <T> T parse(String json, Class<T> type, String source) {
        try {
            return parse(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    MAPPER.getTypeFactory().constructType(type), source);
        } catch (IOException e) {
            throw new ProfileConfigException(source + ": " + e.getMessage(), e);
        }
    }

    /** Parses a document into a generic type, e.g. a map of type to guardrails. */
    public static <T> T parse(String json, com.fasterxml.jackson.core.type.TypeReference<T> type, String source) {
        try {
            return parse(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    MAPPER.getTypeFactory().constructType(type), source);
        } catch (IOException e) {
            throw new ProfileConfigException(source + ": " + e.getMessage(), e);
        }
    }

    /** The document as indented JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JacksonException e) {
            throw new ProfileConfigException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The text of a bundled default, e.g. {@code playbooks.json}. */
    public static String bundledText(String resource) {
        try (InputStream in = ConfigJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ProfileConfigException("bundled resource " + resource + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + resource, e);
        }
    }

    static <T> T bundled(String resource, Class<T> type) {
        return bundled(resource, MAPPER.getTypeFactory().constructType(type));
    }

    static <T> T read(Path path, Class<T> type) {
        return read(path, MAPPER.getTypeFactory().constructType(type));
    }

    private static <T> T bundled(String resource, JavaType type) {
        try (InputStream in = ConfigJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ProfileConfigException("bundled resource " + resource + " is missing from the bundle");
            }
            return parse(in, type, "bundled " + resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + resource, e);
        }
    }

    private static <T> T read(Path path, JavaType type) {
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in, type, path.toString());
        } catch (IOException e) {
            throw new ProfileConfigException("cannot read configuration file " + path + ": " + e.getMessage(), e);
        }
    }

    private static <T> T parse(InputStream in, JavaType type, String source)
            throws IOException {
        try {
            T value = MAPPER.readValue(in, type);
            if (value == null) {
                throw new ProfileConfigException(source + " is empty");
            }
            return value;
        } catch (JacksonException e) {
            throw new ProfileConfigException(source + ": " + e.getOriginalMessage() + " at " + location(e), e);
        } catch (IllegalArgumentException e) {
            throw new ProfileConfigException(source + ": " + e.getMessage(), e);
        }
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "?" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
