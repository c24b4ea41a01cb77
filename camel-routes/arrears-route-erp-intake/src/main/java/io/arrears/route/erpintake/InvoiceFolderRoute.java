package io.arrears.route.erpintake;

import io.arrears.api.intake.IntakeService;
import io.arrears.api.metrics.Metrics;
import io.arrears.routes.support.file.FileImportProcessor;
import io.arrears.routes.support.file.FileIntakeRoute;
import io.arrears.routes.support.file.FileIntakeSettings;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.spi.IdempotentRepository;

/** An invoice folder: files parsed by one format and imported through the {@link IntakeService}. */
public class InvoiceFolderRoute extends FileIntakeRoute {

    public InvoiceFolderRoute(FileIntakeSettings settings, InvoiceDocumentParser parser, IntakeService intake,
            IdempotentRepository processedFiles, Metrics metrics, Clock clock) {
        super(settings, new FileImportProcessor<>(source(settings.routeId()), parser::parse, intake::importInvoices, metrics),
                processedFiles, clock);
    }

    static FileIntakeSettings settings(String routeId, InvoiceFolderConfig config) {
        if (config.input_folder() == null || config.input_folder().isBlank()) {
            throw new IllegalArgumentException(routeId + ": input.folder is required");
        }
        return new FileIntakeSettings(routeId, Path.of(config.input_folder()), config.include(),
                Duration.ofMillis(config.poll_delay_ms()), Duration.ofSeconds(config.min_age_seconds()), config.done_file_name(),
                config.max_redeliveries(), Duration.ofMillis(config.redelivery_delay_ms()), config.enabled());
    }

    static CsvFormat csvFormat(String routeId, InvoiceFolderConfig config) {
        String separator = config.separator().strip();
        Character sep = switch (separator) {
            case "" -> null;
            case "tab", "\\t" -> '\t';
            default -> {
                if (separator.length() != 1) {
                    throw new IllegalArgumentException(routeId + ": separator '" + separator + "' is not one character, 'tab' or empty");
                }
                yield separator.charAt(0);
            }
        };
        DecimalMark mark;
        try {
            mark = DecimalMark.valueOf(config.decimal_mark().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(routeId + ": decimal.mark '" + config.decimal_mark()
                    + "' is not POINT, COMMA or BY_SEPARATOR", e);
        }
        return new CsvFormat(Charset.forName(config.charset().strip()), sep, mark, config.date_pattern());
    }
}
