package io.arrears.route.erpintake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.InvalidJsonException;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.arrears.api.intake.ImportResult;
import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.intake.IntakeService;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.routes.support.watermark.JdbcWatermarkStore;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pull from the ERP's JSON API: every page after the saved updated-since watermark, each page's
 * invoices imported as it arrives. The watermark (the largest updated timestamp seen) is saved only
 * after the last page: an outage or an error page mid-way fails the pull with the watermark unchanged,
 * and the next pull reads the same pages again, which the content hashes make harmless (nothing lost,
 * nothing doubled). JSON numbers are read as decimals, never as binary floating point.
 */
public final class ErpApiPuller implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ErpApiPuller.class);

    private final String source;
    private final ErpApiSettings settings;
    private final ErpApiClient client;
    private final InvoiceFieldMapper mapper;
    private final JdbcWatermarkStore watermarks;
    private final IntakeService intake;
    private final Configuration json;
    private final JsonPath itemsPath;
    private final JsonPath nextPath;
    private final JsonPath updatedPath;
    private final Map<InvoiceField, JsonPath> fieldPaths = new EnumMap<>(InvoiceField.class);

    public ErpApiPuller(String source, ErpApiSettings settings, ErpApiClient client, InvoiceFieldMapper mapper,
            JdbcWatermarkStore watermarks, IntakeService intake) {
        this.source = Objects.requireNonNull(source, "source");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = Objects.requireNonNull(client, "client");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.watermarks = Objects.requireNonNull(watermarks, "watermarks");
        this.intake = Objects.requireNonNull(intake, "intake");
        ObjectMapper objectMapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.json = Configuration.builder()
                .jsonProvider(new JacksonJsonProvider(objectMapper))
                .mappingProvider(new JacksonMappingProvider(objectMapper))
                .options(Option.DEFAULT_PATH_LEAF_TO_NULL)
                .build();
        this.itemsPath = compile("items.path", settings.itemsPath());
        this.nextPath = settings.paging() == ErpApiPaging.NEXT_LINK ? compile("next.path", settings.nextPath()) : null;
        this.updatedPath = settings.updatedPath() == null ? null : compile("updated.path", settings.updatedPath());
        for (InvoiceField field : InvoiceField.values()) {
            String path = settings.fieldPaths().get(field);
            fieldPaths.put(field, compile("field." + field.key(), path != null ? path : "$['" + field.key() + "']"));
        }
    }

    private static JsonPath compile(String key, String path) {
        try {
            return JsonPath.compile(path);
        } catch (InvalidPathException | IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " '" + path + "' is not a JSONPath: " + e.getMessage(), e);
        }
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        exchange.getIn().setBody(pull());
    }

    /** Reads every page after the saved watermark; saves the new watermark after the last page. */
    public PullSummary pull() throws Exception {
        String watermark = watermarks.read(source).orElse(settings.initialWatermark());
        PullSummary summary = PullSummary.start(watermark);
        String newest = watermark;
        URI page = first(watermark);
        for (int n = 1; page != null; n++) {
            if (n > settings.maxPages()) {
                throw new ErpApiException("ERP API pull stopped after max.pages=" + settings.maxPages()
                        + " pages (a next link that loops?); watermark kept at " + watermark);
            }
            DocumentContext body = parse(client.get(page), page, n);
            List<Object> items = items(body, page, n);
            List<InvoiceRecord> records = new ArrayList<>();
            int rejected = 0;
            for (int i = 0; i < items.size(); i++) {
                DocumentContext item = JsonPath.using(json).parse(items.get(i));
                String name = "ERP API page " + n + " item " + (i + 1);
                try {
                    records.add(mapper.map(values(item), name));
                } catch (IntakeParseException e) {
                    rejected++;
                    LOG.warn("{}: not imported: {}", source, e.getMessage());
                }
                newest = later(newest, updated(item, name));
            }
            ImportResult result = intake.importInvoices(source, records);
            result.problems().forEach(p -> LOG.warn("{}: document {} not imported: {}", source, p.record(), p.reason()));
            summary = summary.plus(items.size(), rejected, result, watermark);
            page = next(body, page, n, items.size());
        }
        if (newest != null && !newest.equals(watermark)) {
            watermarks.save(source, newest);
        }
        LOG.info("{}: {} pages, {} items up to {}: {} new, {} updated, {} cancelled, {} unchanged", source, summary.batches(),
                summary.records(), newest, summary.created(), summary.updated(), summary.cancelled(), summary.unchanged());
        return new PullSummary(summary.batches(), summary.records(), summary.rejected(), summary.created(), summary.updated(),
                summary.unchanged(), summary.cancelled(), summary.problems(), newest);
    }

    private URI first(String watermark) {
        StringBuilder query = new StringBuilder();
        if (settings.updatedSinceParam() != null && watermark != null) {
            param(query, settings.updatedSinceParam(), watermark);
        }
        if (settings.paging() == ErpApiPaging.PAGE) {
            param(query, settings.pageParam(), String.valueOf(settings.firstPage()));
        }
        if (settings.sizeParam() != null) {
            param(query, settings.sizeParam(), String.valueOf(settings.pageSize()));
        }
        return withQuery(settings.baseUrl(), query.toString());
    }

    private URI next(DocumentContext body, URI current, int n, int itemCount) {
        if (settings.paging() == ErpApiPaging.PAGE) {
            if (itemCount < settings.pageSize()) {
                return null;
            }
            StringBuilder query = new StringBuilder();
            String raw = current.getRawQuery();
            for (String pair : raw == null ? new String[0] : raw.split("&")) {
                if (!pair.startsWith(encode(settings.pageParam()) + "=")) {
                    query.append(query.isEmpty() ? "" : "&").append(pair);
                }
            }
            param(query, settings.pageParam(), String.valueOf(settings.firstPage() + n));
            return replaceQuery(current, query.toString());
        }
        Object link = read(body, nextPath);
        if (link == null || link.toString().isBlank()) {
            return null;
        }
        // a next link is as untrusted as any answer: it must stay on the allowlist
        return settings.policy().check(current.resolve(link.toString().strip()).toString());
    }

    private DocumentContext parse(String body, URI page, int n) throws ErpApiException {
        try {
            return JsonPath.using(json).parse(body);
        } catch (InvalidJsonException | IllegalArgumentException e) {
            throw new ErpApiException("ERP API page " + n + " (" + ErpApiClient.withoutQuery(page) + ") is not JSON: "
                    + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object> items(DocumentContext body, URI page, int n) throws ErpApiException {
        Object items = read(body, itemsPath);
        if (items instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new ErpApiException("ERP API page " + n + " (" + ErpApiClient.withoutQuery(page) + ") has no array at "
                + settings.itemsPath() + (items == null ? "" : " (found " + items.getClass().getSimpleName() + ")"));
    }

    private Map<InvoiceField, Object> values(DocumentContext item) {
        Map<InvoiceField, Object> values = new EnumMap<>(InvoiceField.class);
        fieldPaths.forEach((field, path) -> values.put(field, read(item, path)));
        return values;
    }

    private String updated(DocumentContext item, String name) {
        if (updatedPath == null) {
            return null;
        }
        Object value = read(item, updatedPath);
        if (value == null || value.toString().isBlank()) {
            LOG.warn("{}: {} has no {}; it does not move the watermark", source, name, settings.updatedPath());
            return null;
        }
        return value.toString().strip();
    }

    private static Object read(DocumentContext context, JsonPath path) {
        try {
            return context.read(path);
        } catch (PathNotFoundException e) {
            return null;
        }
    }

    /** The later of two updated-since values; ISO timestamps compare as instants (a bare date-time as UTC). */
    static String later(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return instant(b).isAfter(instant(a)) ? b : a;
    }

    static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    throw new IllegalStateException("updated value '" + value + "' is not an ISO 8601 date-time", e3);
                }
            }
        }
    }

    private static void param(StringBuilder query, String name, String value) {
        query.append(query.isEmpty() ? "" : "&").append(encode(name)).append('=').append(encode(value));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The base URL's own query (e.g. {@code ?status=open}) followed by {@code extra}. */
    private static URI withQuery(URI base, String extra) {
        String existing = base.getRawQuery();
        return replaceQuery(base, existing == null || existing.isEmpty() ? extra : extra.isEmpty() ? existing : existing + "&" + extra);
    }

    private static URI replaceQuery(URI uri, String rawQuery) {
        return URI.create(ErpApiClient.withoutQuery(uri) + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
    }
}
