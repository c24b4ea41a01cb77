package io.arrears.route.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.arrears.api.health.ComponentHealth;
import io.arrears.api.insurer.AlarmKind;
import io.arrears.api.insurer.BuyerLimit;
import io.arrears.api.insurer.CheckResult;
import io.arrears.api.insurer.InsurerAlarm;
import io.arrears.api.insurer.InsurerPolicy;
import io.arrears.api.insurer.Notification;
import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.money.Money;
import io.arrears.api.partner.MessageState;
import io.arrears.metrics.MetricsRegistry;
import io.arrears.routes.support.http.OutboundUrlPolicy;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.TestDatabase;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.camel.support.DefaultExchange;

/** The credit-insurer duties end to end: daily check, HTTPS JSON delivery through an outage, acknowledgement, alarms. */
class InsurerNotificationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static InsurerPolicy policy() {
        // deadline = due date + 60 days; buyer C-1 insured up to 5000 EUR
        return new InsurerPolicy(0, "coface", "CF-2026-1", 120, 60, "DE", true,
                List.of(new BuyerLimit("C-1", "DE811234567", Money.of("5000.00", "EUR"))));
    }

    @DatabaseTest
    void notifiesInTimeThroughAnOutageAndRecordsTheAcknowledgement(TestDatabase db) throws Exception {
        try (EscalationHarness h = new EscalationHarness(db); TestHttpServer insurer = new TestHttpServer()) {
            h.customer("C-1", "Alpha GmbH", "DE", "ap@alpha.example");
            h.invoice("C-1", "INV-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 15), "1200.00"); // deadline 16 March
            h.invoice("C-1", "INV-2", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), "800.00"); // deadline 30 April
            h.invoice("C-1", "INV-3", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), "4000.00"); // not due yet
            InsurerPolicy policy = h.policies.create(policy());

            CheckResult first = h.insurers.check(TODAY, 10);
            assertThat(first.created()).singleElement().satisfies(n -> {
                assertThat(n.lines()).extracting(l -> l.documentNumber()).containsExactly("INV-1");
                assertThat(n.deadline()).isEqualTo(LocalDate.of(2026, 3, 16));
                assertThat(n.total()).containsExactly(Money.of("1200.00", "EUR"));
            });
            assertThat(h.insurers.check(TODAY, 10).created()).as("a second check the same day notifies nothing again").isEmpty();
            assertThat(first.alarms()).extracting(InsurerAlarm::kind).containsExactly(AlarmKind.DEADLINE_APPROACHING);

            // exposure for the collection tab: 6000 outstanding against a 5000 limit
            assertThat(h.insurers.exposure("C-1", TODAY)).singleElement().satisfies(e -> {
                assertThat(e.outstanding()).isEqualTo(Money.of("6000.00", "EUR"));
                assertThat(e.overdue()).isEqualTo(Money.of("2000.00", "EUR"));
                assertThat(e.headroom()).isEqualTo(Money.of("-1000.00", "EUR"));
                assertThat(e.utilisationPercent()).contains(new BigDecimal("120.0"));
                assertThat(e.overLimit()).isTrue();
            });

            // the insurer's API is down twice, then accepts and acknowledges
            insurer.failuresLeft.set(2);
            PartnerSettings settings = new PartnerSettings(true, "coface", "HTTPS", OutboundUrlPolicy.parse("127.0.0.1", true, true),
                    Optional.of(new HttpSettings(URI.create(insurer.url()), Optional.of("t0ken"), Duration.ofSeconds(5))),
                    Optional.empty(), Duration.ofMillis(200), 10, 8, Duration.ofSeconds(30), Duration.ofMinutes(5));
            h.start(new InsurerRoutes(settings, h.queue, h.insurers, h.clock));
            long id = first.created().get(0).id();
            String key = "notification-" + id;
            await().atMost(WAIT).until(() -> h.queue.findByKey(key).orElseThrow().attempts() >= 1
                    && h.queue.findByKey(key).orElseThrow().state() == MessageState.PLANNED);
            for (int i = 0; i < 3 && h.queue.findByKey(key).orElseThrow().state() != MessageState.SENT; i++) {
                h.clock.advance(Duration.ofMinutes(5));
                int attempts = h.queue.findByKey(key).orElseThrow().attempts();
                await().atMost(WAIT).until(() -> h.queue.findByKey(key).orElseThrow().attempts() > attempts
                        && h.queue.findByKey(key).orElseThrow().state() != MessageState.SENDING);
            }
            await().atMost(WAIT).until(() -> h.notifications.find(id).orElseThrow().acknowledgedAt().isPresent());

            assertThat(insurer.accepted).as("delivered once").containsOnlyKeys(key);
            assertThat(insurer.received).hasSize(3).allSatisfy(r -> assertThat(r.idempotencyKey()).isEqualTo(key));
            assertThat(insurer.accepted.get(key)).contains("\"policyNumber\":\"CF-2026-1\"", "\"registrationId\":\"DE811234567\"",
                    "\"name\":\"Alpha GmbH\"", "\"documentNumber\":\"INV-1\"", "\"originalDueDate\":\"2026-01-15\"",
                    "\"amount\":\"1200.00\"");
            Notification acknowledged = h.notifications.find(id).orElseThrow();
            assertThat(acknowledged.acknowledgementReference()).contains("ACK-" + key);
            assertThat(acknowledged.sentAt()).isPresent();
            assertThat(h.insurers.alarms(TODAY, 10)).as("delivered in time and acknowledged").isEmpty();
        }
    }

    @DatabaseTest
    void aMissedDeadlineIsAnAlarmAGaugeAndAHealthAlarmButTheNodeStaysUp(TestDatabase db) {
        try (EscalationHarness h = new EscalationHarness(db)) {
            h.customer("C-2", "Beta Sp. z o.o.", "PL", null);
            h.invoice("C-2", "FV-1", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 2), "300.00"); // deadline 3 March
            h.policies.create(new InsurerPolicy(0, "coface", "CF-2026-2", 120, 60, "DE", true,
                    List.of(new BuyerLimit("C-2", "PL5250001234", Money.of("1000.00", "EUR")))));
            InsurerAlarmsHealth health = new InsurerAlarmsHealth(h.insurers,
                    new InsurerCheckSchedule(true, LocalTime.of(7, 0), ZoneOffset.UTC, 10, h.clock));

            List<InsurerAlarm> alarms = h.insurers.alarms(TODAY, 10);

            assertThat(alarms).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo(AlarmKind.DEADLINE_MISSED);
                assertThat(a.deadline()).isEqualTo(LocalDate.of(2026, 3, 3));
                assertThat(a.message()).contains("missed", "not delivered");
            });
            ComponentHealth report = health.check();
            assertThat(report.status()).as("a business alarm must not take the node out of rotation")
                    .isEqualTo(ComponentHealth.Status.UP);
            assertThat(report.details()).containsEntry("DEADLINE_MISSED", "1").containsEntry("level", "ALARM");
            MetricsRegistry metrics = new MetricsRegistry();
            RefreshInsurerAlarmGauge gauge = new RefreshInsurerAlarmGauge(h.insurers,
                    new InsurerCheckSchedule(true, LocalTime.of(7, 0), ZoneOffset.UTC, 10, h.clock), metrics);
            gauge.process(new DefaultExchange(h.camel));
            gauge.process(new DefaultExchange(h.camel));
            assertThat(metrics.value(ArrearsMeters.INSURER_MISSED_DEADLINES, List.of()).value()).as("set, not summed")
                    .isEqualTo(1.0);
            // the late notification is still queued (better late than never), and the alarm stays until it is paid
            assertThat(h.insurers.check(TODAY, 10).created()).hasSize(1);
            assertThat(h.insurers.alarms(TODAY, 10)).extracting(InsurerAlarm::kind).containsExactly(AlarmKind.DEADLINE_MISSED);

            // paid: the alarm, the health level and the gauge clear
            h.payment("C-2", "PAY-1", TODAY, "300.00", "FV-1");
            assertThat(health.check().details()).containsEntry("level", "OK");
            gauge.process(new DefaultExchange(h.camel));
            assertThat(metrics.value(ArrearsMeters.INSURER_MISSED_DEADLINES, List.of()).value()).isZero();
        }
    }

    @DatabaseTest
    void aWeekendDeadlineAtTheMonthEndIsTheFridayBeforeApproachingOnItMissedTheDayAfter(TestDatabase db) {
        try (EscalationHarness h = new EscalationHarness(db)) {
            h.customer("C-3", "Gamma AG", "DE", null);
            // due 30 January + 30 days = Sunday 1 March 2026 → Friday 27 February, across the month end backwards
            h.invoice("C-3", "RE-30", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 30), "500.00");
            h.policies.create(new InsurerPolicy(0, "atradius", "AT-1", 90, 30, "DE", true,
                    List.of(new BuyerLimit("C-3", "DE999999999", Money.of("1000.00", "EUR")))));
            LocalDate friday = LocalDate.of(2026, 2, 27);

            assertThat(h.insurers.alarms(friday.minusDays(3), 2)).as("before the warning window").isEmpty();
            assertThat(h.insurers.alarms(friday.minusDays(2), 2)).extracting(InsurerAlarm::kind, InsurerAlarm::deadline)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(AlarmKind.DEADLINE_APPROACHING, friday));
            assertThat(h.insurers.alarms(friday, 2)).as("the deadline day itself is still in time")
                    .extracting(InsurerAlarm::kind).containsExactly(AlarmKind.DEADLINE_APPROACHING);
            assertThat(h.insurers.alarms(friday.plusDays(1), 2)).as("Saturday 28 February, nothing sent")
                    .extracting(InsurerAlarm::kind).containsExactly(AlarmKind.DEADLINE_MISSED);
        }
    }

    @DatabaseTest
    void theDailyScheduleRunsOnceAfterTheRunTime(TestDatabase db) {
        try (EscalationHarness h = new EscalationHarness(db)) {
            InsurerCheckSchedule schedule = new InsurerCheckSchedule(true, LocalTime.of(10, 0), ZoneOffset.UTC, 10, h.clock);
            assertThat(schedule.due()).as("09:00 is before the run time").isEmpty();
            h.clock.advance(Duration.ofHours(1));
            assertThat(schedule.due()).contains(TODAY);
            assertThat(schedule.due()).as("once a day").isEmpty();
            h.clock.advance(Duration.ofDays(1));
            assertThat(schedule.due()).contains(TODAY.plusDays(1));
            assertThat(h.insurers.exposure("C-9", TODAY)).as("an uninsured buyer has no exposure rows").isEmpty();
        }
    }
}
