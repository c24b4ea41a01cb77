package io.arrears.route.erpintake;

import io.arrears.api.intake.ImportResult;
import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.intake.IntakeService;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.routes.support.watermark.JdbcWatermarkStore;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of the ERP database: batch after batch from the saved watermark until the query has no more
 * rows. Each batch is imported, and only then its last watermark saved; a crash in between re-reads the
 * batch, which changes nothing (same content hashes). A row that cannot be mapped is logged with its
 * watermark and document and skipped; the ERP's next change of it brings it back.
 */
public final class ErpDatabasePoller implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ErpDatabasePoller.class);

    private final String source;
    private final DataSource erp;
    private final ErpQuery query;
    private final Object initialWatermark;
    private final InvoiceFieldMapper mapper;
    private final JdbcWatermarkStore watermarks;
    private final IntakeService intake;

    /** @param source the integration name recorded with every item and watermark, e.g. {@code erpintake.jdbc} */
    public ErpDatabasePoller(String source, DataSource erp, ErpQuery query, Object initialWatermark, InvoiceFieldMapper mapper,
            JdbcWatermarkStore watermarks, IntakeService intake) {
        this.source = Objects.requireNonNull(source, "source");
        this.erp = Objects.requireNonNull(erp, "erp");
        this.query = Objects.requireNonNull(query, "query");
        this.initialWatermark = Objects.requireNonNull(initialWatermark, "initialWatermark");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.watermarks = Objects.requireNonNull(watermarks, "watermarks");
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        exchange.getIn().setBody(poll());
    }

    /** Reads and imports everything after the saved watermark. */
    public PullSummary poll() throws Exception {
        WatermarkType type = query.watermarkType();
        Object watermark = watermarks.read(source).<Object>map(type::parse).orElse(initialWatermark);
        PullSummary summary = PullSummary.start(type.format(watermark));
        while (true) {
            ErpQuery.Batch batch;
            try (Connection c = erp.getConnection()) {
                batch = query.read(c, watermark);
            }
            if (batch.rows().isEmpty()) {
                return summary;
            }
            List<InvoiceRecord> records = new ArrayList<>();
            int rejected = 0;
            for (ErpQuery.Row row : batch.rows()) {
                try {
                    records.add(mapper.map(row.values(), row.name()));
                } catch (IntakeParseException e) {
                    rejected++;
                    LOG.warn("{}: not imported: {}", source, e.getMessage());
                }
            }
            ImportResult result = intake.importInvoices(source, records);
            result.problems().forEach(p -> LOG.warn("{}: document {} not imported: {}", source, p.record(), p.reason()));
            // committed: only now may the next poll start after this batch
            String saved = type.format(batch.lastWatermark());
            watermarks.save(source, saved);
            summary = summary.plus(batch.rows().size(), rejected, result, saved);
            LOG.info("{}: {} rows up to watermark {}: {} new, {} updated, {} cancelled, {} unchanged", source,
                    batch.rows().size(), saved, result.created(), result.updated(), result.cancelled(), result.unchanged());
            if (!batch.more()) {
                return summary;
            }
            watermark = batch.lastWatermark();
        }
    }
}
