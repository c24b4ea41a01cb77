package io.arrears.route.bankpayments;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.ImportResult;
import io.arrears.api.intake.IntakeService;
import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.metrics.Metrics;
import io.arrears.routes.support.file.FileImportProcessor;
import io.arrears.routes.support.file.FileIntakeRoute;
import io.arrears.routes.support.file.FileIntakeSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.camel.spi.IdempotentRepository;

/** A statement folder: files parsed by one format, payments imported through the {@link IntakeService}. */
public class StatementFolderRoute extends FileIntakeRoute {

    public StatementFolderRoute(FileIntakeSettings settings, StatementParser parser, IntakeService intake,
            IdempotentRepository processedFiles, Metrics metrics, Clock clock) {
        super(settings, new FileImportProcessor<>(source(settings.routeId()), parser::parse,
                (source, transactions) -> importCountingUnmatched(source, transactions, intake, metrics), metrics),
                processedFiles, clock);
    }

    /** Matched payments go to the ledger, the others to the collectors' queue, counted per source. */
    private static ImportResult importCountingUnmatched(String source, List<BankTransaction> transactions,
            IntakeService intake, Metrics metrics) {
        ImportResult result = intake.importPayments(source, transactions);
        metrics.add(ArrearsMeters.UNMATCHED_PAYMENTS, result.unmatchedPayments(), source);
        return result;
    }

    static FileIntakeSettings settings(String routeId, StatementFolderConfig config) {
        if (config.input_folder() == null || config.input_folder().isBlank()) {
            throw new IllegalArgumentException(routeId + ": input.folder is required");
        }
        return new FileIntakeSettings(routeId, Path.of(config.input_folder()), config.include(),
                Duration.ofMillis(config.poll_delay_ms()), Duration.ofSeconds(config.min_age_seconds()), config.done_file_name(),
                config.max_redeliveries(), Duration.ofMillis(config.redelivery_delay_ms()), config.enabled());
    }
}
