package io.arrears.routes.support.file;

import io.arrears.api.intake.FileImporter;
import io.arrears.api.intake.ImportResult;
import io.arrears.api.intake.IntakeParseException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.FileEndpoint;
import org.apache.camel.spi.IdempotentRepository;

/**
 * One folder, one importer. The file consumer is safe with several nodes and against partial writes:
 * a file is taken only when it is old enough ({@link MinimumAgeFilter}, plus {@code readLock=changed}
 * with the same minimum age) and, if configured, once its done-file exists; the database idempotent
 * repository (key: route id, name, content hash, added eagerly) lets exactly one node take it, once.
 * Imported files move to {@code .done/yyyyMMdd/}, failed ones to {@code .error/yyyyMMdd/} with a
 * {@code .error.txt} report.
 *
 * <p>Error policy: an {@link IntakeParseException} (the file is malformed) is reported and the file moved
 * to the error folder at once, no retry; any other failure (database, file system) is redelivered with
 * exponential back-off, then goes to the dead-letter route, which writes the report and fails the
 * exchange so the file also lands in the error folder (never in {@code .done}).
 */
public abstract class FileIntakeRoute extends RouteBuilder implements FileImporter {

    private final FileIntakeSettings settings;
    private final FileImportProcessor<?> importer;
    private final IdempotentRepository processedFiles;
    private final Clock clock;

    protected FileIntakeRoute(FileIntakeSettings settings, FileImportProcessor<?> importer, IdempotentRepository processedFiles, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.importer = Objects.requireNonNull(importer, "importer");
        this.processedFiles = Objects.requireNonNull(processedFiles, "processedFiles");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String routeId() {
        return settings.routeId();
    }

    /** Imports one file now with this route's parser and settings (arrears:import); the file is not moved. */
    @Override
    public ImportResult importFile(Path file) {
        return importer.importFile(file);
    }

    /** The source name a route's records are stored under: {@code arrears.erpintake.csv} → {@code erpintake.csv}. */
    protected static String source(String routeId) {
        return routeId.startsWith("arrears.") ? routeId.substring("arrears.".length()) : routeId;
    }

    public String deadLetterRouteId() {
        return settings.routeId() + ".dead-letter";
    }

    @Override
    public void configure() {
        ErrorReportWriter reports = new ErrorReportWriter(settings.inputFolder(), clock);
        String deadLetter = "direct:" + deadLetterRouteId();

        errorHandler(deadLetterChannel(deadLetter)
                // the dead-letter route rethrows: the file must fail (move to .error), not count as done
                .deadLetterHandleNewException(false)
                .useOriginalMessage()
                .maximumRedeliveries(settings.maxRedeliveries())
                .redeliveryDelay(settings.redeliveryDelay().toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .maximumRedeliveryDelay(Math.max(settings.redeliveryDelay().toMillis(), 300_000))
                .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.WARN));

        onException(IntakeParseException.class)
                .handled(false)
                .maximumRedeliveries(0)
                .process(reports)
                .log(org.apache.camel.LoggingLevel.WARN, "${header.CamelFileName} rejected: ${exception.message}");

        from(fileEndpoint())
                .routeId(settings.routeId())
                .autoStartup(settings.enabled())
                .log("Importing ${header.CamelFileName}")
                .process(importer)
                .log("Imported ${header.CamelFileName}: ${body}");

        from(deadLetter)
                .routeId(deadLetterRouteId())
                .process(reports)
                .log(org.apache.camel.LoggingLevel.ERROR, "${header.CamelFileName} failed after retries: ${exception.message}")
                .process(FileIntakeRoute::rethrow);
    }

    private FileEndpoint fileEndpoint() {
        String day = "${date:now:yyyyMMdd}";
        StringBuilder uri = new StringBuilder("file:").append(settings.inputFolder().toAbsolutePath())
                .append("?include=").append(settings.includePattern())
                .append("&delay=").append(settings.pollDelay().toMillis())
                .append("&readLock=changed&readLockMinAge=").append(settings.minimumAge().toMillis())
                .append("&readLockCheckInterval=250&readLockTimeout=10000")
                .append("&idempotent=true&idempotentEager=true")
                .append("&move=").append(FileIntakeSettings.DONE_FOLDER).append('/').append(day).append("/${file:name}")
                .append("&moveFailed=").append(FileIntakeSettings.ERROR_FOLDER).append('/').append(day).append("/${file:name}");
        if (settings.doneFileName() != null) {
            uri.append("&doneFileName=").append(settings.doneFileName());
        }
        FileEndpoint endpoint = getContext().getEndpoint(uri.toString(), FileEndpoint.class);
        endpoint.setIdempotentRepository(processedFiles);
        endpoint.setIdempotentKey(new FileContentKey(settings.routeId()));
        endpoint.setFilter(new MinimumAgeFilter(clock, settings.minimumAge()));
        endpoint.setPollStrategy(new LeaderOnlyPollStrategy(getContext()));
        return endpoint;
    }

    private static void rethrow(Exchange exchange) throws Exception {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        throw cause != null ? cause : new IllegalStateException("import of " + exchange.getIn().getHeader(Exchange.FILE_NAME)
                + " failed for an unknown reason");
    }
}
