package io.arrears.route.bankpayments;

import io.arrears.api.intake.IntakeService;
import io.arrears.routes.support.file.FileIntakeRoute;
import io.arrears.routes.support.file.FileIntakeSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.spi.IdempotentRepository;

/** A statement folder: files parsed by one format, payments imported through the {@link IntakeService}. */
public class StatementFolderRoute extends FileIntakeRoute {

    public StatementFolderRoute(FileIntakeSettings settings, StatementParser parser, IntakeService intake,
            IdempotentRepository processedFiles, Clock clock) {
        super(settings, new PaymentFileProcessor(source(settings.routeId()), parser, intake), processedFiles, clock);
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
