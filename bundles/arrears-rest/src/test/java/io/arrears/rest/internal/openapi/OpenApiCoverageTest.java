package io.arrears.rest.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arrears.rest.internal.security.InProcessApi;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every resource method of arrears-rest is in openapi.json, and openapi.json describes nothing that is not there. */
class OpenApiCoverageTest {

    private final JsonNode document = document();

    private static JsonNode document() {
        try {
            return new ObjectMapper().readTree(new OpenApiResource().document());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "GET /customers/{erpCustomerId}" for every resource method compiled into this module. */
    static List<String> resourceMethods() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get(OpenApiResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, OpenApiCoverageTest.class.getClassLoader());
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    for (Annotation annotation : method.getAnnotations()) {
                        HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                        if (http != null) {
                            Path sub = method.getAnnotation(Path.class);
                            found.add(http.value() + " " + join(root.value(), sub == null ? "" : sub.value()));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String join(String root, String sub) {
        String path = "/" + strip(root) + (sub.isEmpty() ? "" : "/" + strip(sub));
        return path.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
    }

    private static String strip(String part) {
        return part.replaceAll("^/+|/+$", "");
    }

    @Test
    void everyResourceMethodIsDescribed() throws Exception {
        List<String> methods = resourceMethods();
        assertThat(methods).as("resource methods found by the scan").contains("GET /worklist", "GET /dashboard",
                "POST /customers/{erpCustomerId}/blocks");
        List<String> missing = methods.stream().filter(m -> {
            String[] parts = m.split(" ", 2);
            JsonNode path = document.get("paths").get(parts[1]);
            return path == null || path.get(parts[0].toLowerCase(Locale.ROOT)) == null;
        }).sorted().toList();
        assertThat(missing).as("resource methods missing from openapi.json").isEmpty();
    }

    @Test
    void nothingIsDescribedThatDoesNotExist() throws Exception {
        TreeSet<String> methods = new TreeSet<>(resourceMethods());
        List<String> extra = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(verb -> {
            String method = verb.toUpperCase(Locale.ROOT) + " " + path.getKey();
            if (!methods.contains(method)) {
                extra.add(method);
            }
        }));
        assertThat(extra).as("described in openapi.json but not implemented").isEmpty();
    }

    @Test
    void itIsServedWithoutCredentialsAsOpenApi3() throws Exception {
        InProcessApi.Reply reply = new InProcessApi(Map.of(), new OpenApiResource()).get(null, "openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode served = new ObjectMapper().readTree(reply.body());
        assertThat(served.get("openapi").asText()).startsWith("3.");
        assertThat(served.get("paths").has("/worklist")).isTrue();
    }
}
