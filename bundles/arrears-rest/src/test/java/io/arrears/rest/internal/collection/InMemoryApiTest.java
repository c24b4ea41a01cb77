package io.arrears.rest.internal.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.call.LoggedCall;
import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.contact.VerificationReport;
import io.arrears.rest.internal.ErrorBody;
import io.arrears.rest.internal.JsonProviderExtension;
import io.arrears.rest.internal.errors.BadRequestMapper;
import io.arrears.rest.internal.errors.InvalidJsonMapper;
import io.arrears.rest.internal.errors.WebApplicationExceptionMapper;
import io.arrears.rest.internal.security.CsrfFilter;
import io.arrears.rest.internal.security.RolesAllowedExtension;
import io.arrears.rest.internal.security.TestUser;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * The resources inside Jersey with the API's own CSRF guard, roles feature, JSON provider and error mappers, the
 * authenticated user given as the request's security context: role denials, the CSRF header and unknown JSON fields.
 */
class InMemoryApiTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private final AtomicInteger calls = new AtomicInteger();
    private final ApplicationHandler api = new ApplicationHandler(new ResourceConfig()
            .register(new CallsResource(report -> {
                calls.incrementAndGet();
                NewContactEntry content = new NewContactEntry(report.customerId(), report.calledAt(), report.collector(),
                        ContactChannel.CALL, ContactDirection.OUT, report.outcome(), report.notes(), Optional.empty(), Optional.empty(),
                        Optional.empty());
                return new LoggedCall(ContactEntry.of(1, NOW, content, "0".repeat(64), "a".repeat(64)), Optional.empty(),
                        Optional.empty(), List.of(), List.of());
            }, "C1"::equals, Clock.fixed(NOW, ZoneOffset.UTC)))
            .register(new ContactLogResource(new ContactsResourceTestLog(), java.nio.file.Path.of("target", "checkpoints"),
                    Clock.fixed(NOW, ZoneOffset.UTC)))
            .register(new CsrfFilter())
            .register(new RolesAllowedExtension())
            .register(new JsonProviderExtension())
            .register(new BadRequestMapper())
            .register(new InvalidJsonMapper())
            .register(new WebApplicationExceptionMapper()));

    @Test
    void aCollectorLogsACallWithTheCsrfHeader() throws Exception {
        ContainerResponse response = post("/customers/C1/calls", "{\"outcome\":\"NO_ANSWER\"}", TestUser.of("carla", "collector"), true);

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(calls).hasValue(1);
    }

    @Test
    void withoutTheCsrfHeaderNothingIsLogged() throws Exception {
        ContainerResponse response = post("/customers/C1/calls", "{\"outcome\":\"NO_ANSWER\"}", TestUser.of("carla", "collector"), false);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(((ErrorBody) response.getEntity()).error()).isEqualTo("csrf");
        assertThat(calls).hasValue(0);
    }

    @Test
    void rolesAreEnforced() throws Exception {
        assertThat(post("/customers/C1/calls", "{\"outcome\":\"NO_ANSWER\"}", TestUser.of("adam", "admin"), true).getStatus())
                .isEqualTo(403);
        assertThat(get("/contact-log/verify", TestUser.of("carla", "collector")).getStatus()).isEqualTo(403);
        assertThat(get("/contact-log/verify", TestUser.of("mia", "manager")).getStatus()).isEqualTo(200);
        assertThat(post("/contact-log/checkpoints", "", TestUser.of("mia", "manager"), true).getStatus()).isEqualTo(403);
        assertThat(calls).hasValue(0);
    }

    @Test
    void unknownJsonFieldsAndBadFieldsAre400s() throws Exception {
        ContainerResponse unknown = post("/customers/C1/calls", "{\"outcome\":\"NO_ANSWER\",\"mood\":\"grumpy\"}",
                TestUser.of("carla", "collector"), true);
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(((ErrorBody) unknown.getEntity()).message()).contains("mood");

        ContainerResponse bad = post("/customers/C1/calls", "{\"outcome\":\"PROMISE_TO_PAY\",\"promise\":{\"amount\":\"x\","
                + "\"currency\":\"EUR\",\"date\":\"2026-03-14\"}}", TestUser.of("carla", "collector"), true);
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(((ErrorBody) bad.getEntity()).message()).startsWith("promise.amount");
        assertThat(calls).hasValue(0);
    }

    private ContainerResponse get(String path, TestUser user) throws Exception {
        return api.apply(request("GET", path, user)).get();
    }

    private ContainerResponse post(String path, String json, TestUser user, boolean csrfHeader) throws Exception {
        ContainerRequest request = request("POST", path, user);
        request.header("Content-Type", MediaType.APPLICATION_JSON);
        if (csrfHeader) {
            request.header(CsrfFilter.HEADER, "1");
        }
        request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        return api.apply(request).get();
    }

    private static ContainerRequest request(String method, String path, TestUser user) {
        return new ContainerRequest(URI.create("http://localhost/"), URI.create("http://localhost" + path), method, user,
                new MapPropertiesDelegate(), null);
    }

    /** An intact, empty log. */
    private static final class ContactsResourceTestLog implements io.arrears.api.contact.ContactLog {
        @Override
        public ContactEntry append(NewContactEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ContactEntry> entries(String customerId, long afterSequence, int limit) {
            return List.of();
        }

        @Override
        public VerificationReport verify() {
            return VerificationReport.intact(0, 0);
        }

        @Override
        public io.arrears.api.contact.Checkpoint checkpoint() {
            throw new IllegalStateException("no key");
        }

        @Override
        public io.arrears.api.contact.Checkpoint exportCheckpoint(java.nio.file.Path file) {
            throw new IllegalStateException("no key");
        }

        @Override
        public VerificationReport verify(io.arrears.api.contact.Checkpoint checkpoint) {
            return verify();
        }
    }
}
