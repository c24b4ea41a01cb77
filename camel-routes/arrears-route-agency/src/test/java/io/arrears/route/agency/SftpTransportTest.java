package io.arrears.route.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.partner.MessageState;
import io.arrears.api.partner.NewPartnerMessage;
import io.arrears.api.partner.PartnerKind;
import io.arrears.api.partner.PartnerMessage;
import io.arrears.routes.support.http.OutboundUrlPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SftpTransportTest {

    private static final OutboundUrlPolicy LOCAL = OutboundUrlPolicy.parse("127.0.0.1", false, true);

    @TempDir
    Path dir;
    private TestSftpServer server;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(dir.resolve("sftp/outbox"));
        server = new TestSftpServer(dir.resolve("sftp"), dir.resolve("hostkey.ser")).start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private static PartnerMessage message(String key, String body) {
        return new PartnerMessage(1, new NewPartnerMessage(key, PartnerKind.AGENCY, "acme", "placement", body),
                MessageState.SENDING, 1, Instant.EPOCH, Optional.empty(), Instant.EPOCH, Optional.empty());
    }

    @Test
    void writesTheDeterministicFileNameAndLeavesNoTemporaryFile() throws Exception {
        try (SftpTransport sftp = new SftpTransport(server.settings(server.knownHosts(dir.resolve("known_hosts")), Optional.empty()),
                LOCAL)) {
            sftp.deliver(message("placement-7", "{\"type\":\"placement\"}"));
            // a second delivery of the same key (an attempt whose answer was lost) writes nothing new
            sftp.deliver(message("placement-7", "{\"changed\":true}"));
        }

        Path outbox = dir.resolve("sftp/outbox");
        assertThat(Files.readString(outbox.resolve("placement-7.json"))).isEqualTo("{\"type\":\"placement\"}");
        try (Stream<Path> files = Files.list(outbox)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("placement-7.json");
        }
    }

    @Test
    void documentsAreWrittenBeforeTheMessageAndARetryAfterACrashCompletesWithoutRewritingThem() throws Exception {
        String body = "{\"type\":\"placement\",\"documents\":[{\"fileName\":\"notices-sent.csv\",\"contentBase64\":\"YTtiDQo=\"}]}";
        Path outbox = dir.resolve("sftp/outbox");
        try (SftpTransport sftp = new SftpTransport(server.settings(server.knownHosts(dir.resolve("known_hosts")), Optional.empty()),
                LOCAL)) {
            sftp.deliver(message("placement-8", body));
            // a crash after the documents, before the message was renamed: the message is missing, the document is there
            Files.delete(outbox.resolve("placement-8.json"));
            Files.writeString(outbox.resolve("placement-8-notices-sent.csv"), "a;b\r\n");
            java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(outbox.resolve("placement-8-notices-sent.csv"));
            sftp.deliver(message("placement-8", body));
            assertThat(Files.getLastModifiedTime(outbox.resolve("placement-8-notices-sent.csv"))).as("not written twice")
                    .isEqualTo(written);
        }
        assertThat(Files.readString(outbox.resolve("placement-8.json")))
                .isEqualTo("{\"type\":\"placement\",\"documents\":[{\"fileName\":\"notices-sent.csv\",\"file\":\"placement-8-notices-sent.csv\"}]}");
        try (Stream<Path> files = Files.list(outbox)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("placement-8.json",
                    "placement-8-notices-sent.csv");
        }
    }

    @Test
    void anUnknownHostKeyIsRefusedAndNothingIsWritten() throws Exception {
        try (SftpTransport sftp = new SftpTransport(server.settings(server.wrongKnownHosts(dir.resolve("wrong_hosts")),
                Optional.empty()), LOCAL)) {
            assertThatThrownBy(() -> sftp.deliver(message("placement-8", "{}")))
                    .isInstanceOf(TransportException.class)
                    .satisfies(e -> assertThat(((TransportException) e).retryable()).isFalse());
        }
        try (Stream<Path> files = Files.list(dir.resolve("sftp/outbox"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aServerThatIsDownIsARetryableFailure() throws Exception {
        Path knownHosts = server.knownHosts(dir.resolve("known_hosts"));
        server.stop();
        try (SftpTransport sftp = new SftpTransport(server.settings(knownHosts, Optional.empty()), LOCAL)) {
            assertThatThrownBy(() -> sftp.deliver(message("placement-9", "{}")))
                    .isInstanceOf(TransportException.class)
                    .satisfies(e -> assertThat(((TransportException) e).retryable()).isTrue());
        }
    }

    @Test
    void loopbackServersNeedExplicitPermission() throws Exception {
        SftpSettings settings = server.settings(server.knownHosts(dir.resolve("known_hosts")), Optional.empty());
        assertThatThrownBy(() -> new SftpTransport(settings, OutboundUrlPolicy.parse("127.0.0.1", false, false)))
                .hasMessageContaining("loopback");
    }

    @Test
    void inboundFilesAreListedAndMovedToDoneOrError() throws Exception {
        Path inbound = Files.createDirectories(dir.resolve("sftp/feedback"));
        Files.writeString(inbound.resolve("a.json"), "{\"a\":1}");
        Files.writeString(inbound.resolve("b.json"), "{\"b\":2}");
        Files.writeString(inbound.resolve("ignored.txt"), "x");
        try (SftpTransport sftp = new SftpTransport(server.settings(server.knownHosts(dir.resolve("known_hosts")),
                Optional.of("feedback")), LOCAL)) {
            var files = sftp.listInbound();
            assertThat(files).extracting(SftpTransport.InboundFile::name).containsExactly("a.json", "b.json");
            sftp.done(files.get(0), Optional.empty());
            sftp.done(files.get(1), Optional.of("record 0: kind 'X' unknown"));
        }
        assertThat(inbound.resolve(".done/a.json")).exists();
        assertThat(inbound.resolve(".error/b.json")).exists();
        assertThat(Files.readString(inbound.resolve(".error/b.json.error.txt"))).contains("kind 'X'");
        assertThat(inbound.resolve("a.json")).doesNotExist();
    }
}
