package io.arrears.route.erpintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.arrears.api.intake.IntakeParseException;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlHardeningTest {

    private static final String SECRET = "TOP-SECRET-7f3a9c";

    private final UblInvoiceParser parser = new UblInvoiceParser();

    @Test
    void billionLaughsIsRejectedQuickly() {
        byte[] bomb = TestResources.bytes("ubl/billion-laughs.xml");

        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(bomb), "bomb.xml"))
                        .isInstanceOfSatisfying(IntakeParseException.class, e -> {
                            assertThat(e.location()).isEqualTo("DOCTYPE");
                            assertThat(e.reason()).contains("DOCTYPE declarations are not allowed");
                        }));
    }

    @Test
    void externalEntityToALocalFileIsRejectedAndItsContentAppearsNowhere(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        byte[] xxe = template("ubl/xxe-template.xml", secret.toUri().toString());

        Throwable thrown = null;
        try {
            parser.parse(new ByteArrayInputStream(xxe), "xxe.xml");
        } catch (Throwable t) {
            thrown = t;
        }

        assertThat(thrown).isInstanceOf(IntakeParseException.class).hasMessageContaining("DOCTYPE");
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(SECRET);
    }

    @Test
    void externalDtdAndEntityMakeNoNetworkConnection() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            String url = "http://127.0.0.1:" + server.socket().getLocalPort() + "/evil.dtd";

            for (String template : new String[] {"ubl/xxe-template.xml", "ubl/external-dtd-template.xml"}) {
                byte[] xml = template(template, url);
                // a parser that connected would block reading the HTTP response: the timeout turns that into a failure
                assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(xml), template))
                                .isInstanceOf(IntakeParseException.class)
                                .hasMessageContaining("DOCTYPE"));
            }

            assertThat(server.accept()).as("connection attempt to the DTD host").isNull();
        }
    }

    private static byte[] template(String name, String target) {
        return new String(TestResources.bytes(name), StandardCharsets.UTF_8).replace("@TARGET@", target)
                .getBytes(StandardCharsets.UTF_8);
    }
}
