package io.arrears.route.agency;

import io.arrears.api.partner.PartnerMessage;
import io.arrears.routes.support.http.OutboundUrlPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * SFTP with Apache MINA SSHD. A message becomes {@code <outboundDir>/<key>.json}: written as {@code <key>.json.part}
 * and renamed when complete, so the partner never reads half a file. Documents embedded in the message (placement
 * invoice copies, notices sent, contact history) are written before it the same way, as {@code <key>-<fileName>},
 * and the message names them instead of carrying their bytes. When the final name is already there (an earlier
 * attempt got through, then the connection died before we knew), nothing is written again. Host keys are checked
 * against the configured known_hosts file only.
 */
public final class SftpTransport implements PartnerTransport, AutoCloseable {

    private static final String PART = ".part";

    private final SftpSettings settings;
    private final OutboundUrlPolicy policy;
    private final SshClient client;

    public SftpTransport(SftpSettings settings, OutboundUrlPolicy policy) {
        this.settings = settings;
        this.policy = policy;
        policy.checkHost("sftp://" + settings.host(), settings.host());
        this.client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, settings.knownHosts()));
        client.start();
    }

    /** The deterministic remote file name of a message. */
    public static String fileName(PartnerMessage message) {
        return message.key() + ".json";
    }

    @Override
    public Optional<String> deliver(PartnerMessage message) throws TransportException {
        String target = settings.outboundDir() + "/" + fileName(message);
        try (ClientSession session = connect(); SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
            if (exists(sftp, target)) {
                return Optional.empty();
            }
            EmbeddedDocuments.Split split = EmbeddedDocuments.split(message.key(), message.content().body());
            // the documents first, the message last: once the message is there, everything it names is complete
            for (EmbeddedDocuments.DocumentFile file : split.files()) {
                String path = settings.outboundDir() + "/" + file.name();
                if (!exists(sftp, path)) {
                    writeThenRename(sftp, path, file.content());
                }
            }
            writeThenRename(sftp, target, split.message().getBytes(StandardCharsets.UTF_8));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            throw new TransportException(e.getMessage(), false, e);
        } catch (SftpException e) {
            throw new TransportException("SFTP " + settings.host() + " refused " + target + ": " + e.getMessage(),
                    e.getStatus() != SftpConstants.SSH_FX_PERMISSION_DENIED, e);
        } catch (GeneralSecurityException e) {
            // an unknown host key or a refused key is configuration, not an outage: no blind retries
            throw new TransportException("SFTP " + settings.host() + ":" + settings.port() + " refused for " + target + ": "
                    + e.getMessage(), false, e);
        } catch (IOException e) {
            throw new TransportException("SFTP " + settings.host() + ":" + settings.port() + " failed for " + target + ": " + e, true, e);
        }
    }

    /** One feedback file read from the inbound folder; {@link #done} moves it away after it was applied. */
    public record InboundFile(String name, String content) {
    }

    /** The {@code *.json} files in the inbound folder, oldest name first. */
    public List<InboundFile> listInbound() throws TransportException {
        String dir = settings.inboundDir().orElseThrow(() -> new IllegalStateException("no sftp.inbound.dir configured"));
        try (ClientSession session = connect(); SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
            List<InboundFile> files = new ArrayList<>();
            for (SftpClient.DirEntry entry : sftp.readDir(dir)) {
                String name = entry.getFilename();
                if (name.endsWith(".json") && entry.getAttributes().isRegularFile()) {
                    try (InputStream in = sftp.read(dir + "/" + name)) {
                        files.add(new InboundFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
            files.sort(java.util.Comparator.comparing(InboundFile::name));
            return files;
        } catch (IOException | GeneralSecurityException e) {
            throw new TransportException("SFTP " + settings.host() + " inbound folder " + dir + ": " + e, true, e);
        }
    }

    /** Moves a processed inbound file to {@code <inbound>/.done/} (or {@code .error/}, with the reason next to it). */
    public void done(InboundFile file, Optional<String> error) throws TransportException {
        String dir = settings.inboundDir().orElseThrow();
        String folder = dir + "/" + (error.isPresent() ? ".error" : ".done");
        try (ClientSession session = connect(); SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
            if (!exists(sftp, folder)) {
                sftp.mkdir(folder);
            }
            String target = folder + "/" + file.name();
            if (exists(sftp, target)) {
                sftp.remove(target);
            }
            sftp.rename(dir + "/" + file.name(), target);
            if (error.isPresent()) {
                // the reason appears complete or not at all: written under a temporary name, then renamed
                String reason = target + ".error.txt";
                try (OutputStream out = sftp.write(reason + PART)) {
                    out.write(error.get().getBytes(StandardCharsets.UTF_8));
                }
                if (exists(sftp, reason)) {
                    sftp.remove(reason);
                }
                sftp.rename(reason + PART, reason);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new TransportException("SFTP " + settings.host() + " moving " + file.name() + ": " + e, true, e);
        }
    }

    private ClientSession connect() throws IOException, GeneralSecurityException {
        policy.checkResolved("sftp://" + settings.host(), InetAddress.getAllByName(settings.host()));
        ClientSession session = client.connect(settings.user(), settings.host(), settings.port())
                .verify(settings.timeout()).getSession();
        try {
            if (settings.privateKey().isPresent()) {
                for (KeyPair key : SecurityUtils.loadKeyPairIdentities(session, null,
                        java.nio.file.Files.newInputStream(settings.privateKey().get()), null)) {
                    session.addPublicKeyIdentity(key);
                }
            }
            settings.password().ifPresent(session::addPasswordIdentity);
            session.auth().verify(settings.timeout());
            return session;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            session.close(true);
            if (e instanceof SshException ssh && String.valueOf(ssh.getMessage()).contains("Server key did not validate")) {
                throw new GeneralSecurityException("host key of " + settings.host() + " is not in " + settings.knownHosts(), e);
            }
            throw e;
        }
    }

    /** Written under {@code <path>.part}, then renamed: the partner never reads half a file. */
    private static void writeThenRename(SftpClient sftp, String path, byte[] content) throws IOException {
        try (OutputStream out = sftp.write(path + PART)) {
            out.write(content);
        }
        sftp.rename(path + PART, path, SftpClient.CopyMode.Atomic);
    }

    private static boolean exists(SftpClient sftp, String path) throws IOException {
        try {
            sftp.stat(path);
            return true;
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        client.stop();
    }
}
