package io.arrears.route.bankpayments;

import io.arrears.api.intake.FileImporter;
import io.arrears.api.intake.ImportResult;
import io.arrears.api.intake.IntakeService;
import io.arrears.api.metrics.Metrics;
import io.arrears.routes.support.file.FileIntakeRoute;
import io.arrears.routes.support.file.FileIntakeSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.spi.IdempotentRepository;

/** A statement folder: files parsed by one format, payments imported through the {@link IntakeService}. */
public class StatementFolderRoute extends FileIntakeRoute implements FileImporter {

    private final PaymentFileProcessor importer;

    public StatementFolderRoute(FileIntakeSettings settings, StatementParser parser, IntakeService intake,
            IdempotentRepository processedFiles, Metrics metrics, Clock clock) {
        this(settings, new PaymentFileProcessor(source(settings.routeId()), parser, intake, metrics), processedFiles, clock);
    }

    private StatementFolderRoute(FileIntakeSettings settings, PaymentFileProcessor importer, IdempotentRepository processedFiles, Clock clock) {
        super(settings, importer, processedFiles, clock);
        this.importer = importer;
    }

    /** Imports one file now with this route's parser and settings (arrears:import); the file is not moved. */
    @Override
    public ImportResult importFile(Path file) {
        return importer.importFile(file);
    }

    /** {@code arrears.bank.camt} records its payments under source {@code bank.camt}. */
    static String source(String routeId) {
        return routeId.startsWith("arrears.") ? routeId.substring("arrears.".length()) : routeId;
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
