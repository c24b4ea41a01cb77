package io.arrears.route.dispatch;

import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.metrics.Metrics;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.outbox.OutboxMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the bounce reports the mail system drops into the bounce folder (one {@code .eml} file each, e.g. from a
 * mailbox rule or fetchmail) and records each against its outbox message: SENT → FAILED with the failure kind. A file
 * goes to {@code .done/} when recorded, to {@code .error/} when it names no message of ours or cannot be read.
 */
public final class RecordBounceReports implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(RecordBounceReports.class);

    private final Outbox outbox;
    private final Metrics metrics;
    private final Path folder;

    public RecordBounceReports(Outbox outbox, Metrics metrics, Path folder) {
        this.outbox = outbox;
        this.metrics = metrics;
        this.folder = folder;
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        recordAll();
    }

    /** Returns how many reports were recorded. */
    int recordAll() throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> reports;
        try (Stream<Path> files = Files.list(folder)) {
            reports = files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".eml")).sorted().toList();
        }
        int recorded = 0;
        for (Path report : reports) {
            boolean ok = record(report);
            move(report, ok ? ".done" : ".error");
            recorded += ok ? 1 : 0;
        }
        return recorded;
    }

    private boolean record(Path file) {
        try {
            Optional<BounceReport> report = BounceReport.parse(Files.readString(file, StandardCharsets.ISO_8859_1));
            if (report.isEmpty()) {
                LOG.warn("Bounce report {} is no failure report about an Arrears message (no X-Arrears-Outbox-Key or no "
                        + "failed status); moved to .error", file.getFileName());
                return false;
            }
            Optional<OutboxMessage> message = outbox.findByKey(report.get().outboxKey());
            if (message.isEmpty()) {
                LOG.warn("Bounce report {} names outbox key '{}', which is unknown; moved to .error", file.getFileName(),
                        report.get().outboxKey());
                return false;
            }
            outbox.markUndelivered(message.get().id(), report.get().kind(), report.get().detail());
            metrics.increment(ArrearsMeters.DELIVERY_FAILURES, message.get().channel().name(), report.get().kind().name());
            metrics.increment(ArrearsMeters.DEAD_LETTERS, message.get().channel().name());
            LOG.warn("Outbox message {} (key {}) bounced: {} ({})", message.get().id(), message.get().key(),
                    report.get().kind(), report.get().detail());
            return true;
        } catch (IOException | IllegalStateException e) {
            // IllegalStateException: the message is not SENT/UNKNOWN (e.g. a second report for it)
            LOG.warn("Bounce report {} not recorded: {}", file.getFileName(), e.getMessage());
            return false;
        }
    }

    private void move(Path file, String subfolder) throws IOException {
        Path target = folder.resolve(subfolder);
        Files.createDirectories(target);
        Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
