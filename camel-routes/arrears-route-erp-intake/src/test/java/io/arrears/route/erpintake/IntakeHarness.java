package io.arrears.route.erpintake;

import io.arrears.core.intake.IntakeServiceImpl;
import io.arrears.core.intake.InvoiceNumberExtractor;
import io.arrears.core.intake.PaymentMatcher;
import io.arrears.core.ledger.Ledger;
import io.arrears.metrics.MetricsRegistry;
import io.arrears.routes.support.JdbcIdempotentRepository;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import io.arrears.store.jdbc.intake.JdbcIntakeDocumentRepository;
import io.arrears.store.jdbc.intake.JdbcReceivedPaymentRepository;
import io.arrears.store.jdbc.ledger.JdbcCustomerRepository;
import io.arrears.store.jdbc.ledger.JdbcLedgerEventRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** A real CamelContext over the real intake service and a migrated test database. */
final class IntakeHarness implements AutoCloseable {

    final TestDatabase db;
    final JdbcLedgerEventRepository journal;
    final IntakeServiceImpl intake;
    final JdbcIdempotentRepository processedFiles;
    final DefaultCamelContext camel = new DefaultCamelContext();
    final MetricsRegistry metrics = new MetricsRegistry();

    IntakeHarness(TestDatabase db) {
        this.db = db;
        Clock clock = Clock.systemUTC();
        MigrationRunner.forDataSource(db.dataSource(), clock).migrate(db.dataSource());
        journal = new JdbcLedgerEventRepository(db.dataSource(), clock);
        intake = new IntakeServiceImpl(journal, new JdbcIntakeDocumentRepository(db.dataSource(), clock),
                new JdbcReceivedPaymentRepository(db.dataSource()), new JdbcCustomerRepository(db.dataSource(), clock),
                new PaymentMatcher(InvoiceNumberExtractor.of("INV-\\d{4}-\\d{4}")), clock);
        processedFiles = new JdbcIdempotentRepository(db.dataSource(), "files", clock);
    }

    IntakeHarness start(RouteBuilder routes) throws Exception {
        camel.addRoutes(routes);
        camel.start();
        return this;
    }

    Ledger ledger() {
        return Ledger.replay(journal.findAll());
    }

    /** Writes a file the way a finished ERP export looks: older than any minimum age. */
    static Path dropOld(Path folder, String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        return file;
    }

    @Override
    public void close() throws IOException {
        camel.close();
    }
}
