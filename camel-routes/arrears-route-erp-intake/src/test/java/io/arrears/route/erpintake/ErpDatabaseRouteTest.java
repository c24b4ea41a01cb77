package io.arrears.route.erpintake;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.routes.support.watermark.JdbcWatermarkStore;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.h2.jdbcx.JdbcDataSource;

/** The database intake as a route in a real CamelContext: polls on its timer; an unreachable ERP database keeps the watermark. */
class ErpDatabaseRouteTest {

    private static final String ROUTE = ErpDatabaseIntakeRoute.ROUTE_ID;

    @DatabaseTest
    void theTimerRoutePollsTheErpDatabase(TestDatabase db) throws Exception {
        try (IntakeHarness h = new IntakeHarness(db)) {
            ErpDatabasePollerTest.createErpSchema(db);
            ErpDatabasePollerTest.insert(db, 1, "K1", "100.00", "2025-03-31", "2025-03-01 10:00:00");
            NotifyBuilder polled = new NotifyBuilder(h.camel).fromRoute(ROUTE).whenCompleted(1).create();
            h.start(new IncrementalPollRoute(ROUTE, Duration.ofMillis(200), true,
                    ErpDatabasePollerTest.poller(h, ErpDatabasePollerTest.SQL, 100), 0, Duration.ofMillis(10)));
            assertThat(polled.matches(20, TimeUnit.SECONDS)).isTrue();

            assertThat(h.ledger().customerIds()).containsExactly("K1");
            assertThat(new JdbcWatermarkStore(db.dataSource(), Clock.systemUTC()).read(ErpDatabaseIntakeRoute.SOURCE))
                    .contains("2025-03-01T10:00");
        }
    }

    @DatabaseTest
    void anUnreachableErpDatabaseGoesToTheDeadLetterAndKeepsTheWatermark(TestDatabase db) throws Exception {
        try (IntakeHarness h = new IntakeHarness(db)) {
            JdbcDataSource nowhere = new JdbcDataSource();
            nowhere.setURL("jdbc:h2:tcp://127.0.0.1:1/nowhere"); // nothing listens on port 1
            ErpDatabasePoller poller = new ErpDatabasePoller(ErpDatabaseIntakeRoute.SOURCE, nowhere,
                    new ErpQuery(ErpDatabasePollerTest.SQL, ErpDatabasePollerTest.COLUMNS, "changed_at", WatermarkType.TIMESTAMP, 10),
                    ErpDatabasePollerTest.START, new InvoiceFieldMapper("uuuu-MM-dd"),
                    new JdbcWatermarkStore(db.dataSource(), Clock.systemUTC()), h.intake);
            IncrementalPollRoute route = new IncrementalPollRoute(ROUTE, Duration.ofMillis(200), true, poller, 1, Duration.ofMillis(10));
            // the dead-letter channel handles the failure: the poll exchange completes carrying the caught exception
            NotifyBuilder deadLetter = new NotifyBuilder(h.camel).fromRoute(ROUTE)
                    .filter(e -> e.getProperty(Exchange.EXCEPTION_CAUGHT) != null).whenDone(1).create();
            h.start(route);
            assertThat(deadLetter.matches(20, TimeUnit.SECONDS)).isTrue();

            assertThat(new JdbcWatermarkStore(db.dataSource(), Clock.systemUTC()).read(ErpDatabaseIntakeRoute.SOURCE)).isEmpty();
        }
    }
}
