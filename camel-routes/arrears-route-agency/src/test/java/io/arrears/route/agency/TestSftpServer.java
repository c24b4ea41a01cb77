package io.arrears.route.agency;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/** A real in-process SFTP server (Apache MINA SSHD) over a temporary folder, user {@code agency}/{@code s3cret}. */
final class TestSftpServer implements AutoCloseable {

    static final String USER = "agency";
    static final String PASSWORD = "s3cret";

    private final Path root;
    private final Path hostKey;
    private SshServer server;
    private int port;

    TestSftpServer(Path root, Path hostKey) {
        this.root = root;
        this.hostKey = hostKey;
    }

    /** Starts (or restarts, on the same port and host key after {@link #stop()}). */
    TestSftpServer start() throws IOException {
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKey));
        server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        port = server.getPort();
        return this;
    }

    void stop() throws IOException {
        server.stop(true);
    }

    int port() {
        return port;
    }

    Path root() {
        return root;
    }

    /** A known_hosts file with this server's host key for {@code [127.0.0.1]:port}. */
    Path knownHosts(Path file) throws Exception {
        KeyPair keys = server.getKeyPairProvider().loadKeys(null).iterator().next();
        return writeKnownHosts(file, keys.getPublic());
    }

    /** A known_hosts file that names this server with a different key: the client must refuse it. */
    Path wrongKnownHosts(Path file) throws Exception {
        KeyPair other = SecurityUtils.getKeyPairGenerator("RSA")
                .generateKeyPair();
        return writeKnownHosts(file, other.getPublic());
    }

    private Path writeKnownHosts(Path file, PublicKey key) throws IOException {
        Files.writeString(file, "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(key) + "\n");
        return file;
    }

    SftpSettings settings(Path knownHosts, Optional<String> inbound) {
        return new SftpSettings("127.0.0.1", port, USER, Optional.of(PASSWORD), Optional.empty(), knownHosts, "outbox", inbound,
                Duration.ofSeconds(5));
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.stop(true);
        }
    }
}
