package io.arrears.store.jdbc.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.dunning.ChargeKind;
import io.arrears.api.dunning.CustomerProposal;
import io.arrears.api.dunning.NoticeCharge;
import io.arrears.api.dunning.RunExecution;
import io.arrears.api.dunning.RunProposal;
import io.arrears.api.dunning.StoredNotice;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.Claim;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.core.dunning.CountryDefaults;
import io.arrears.core.dunning.CreditorDetails;
import io.arrears.core.dunning.DunningPolicyLoader;
import io.arrears.core.dunning.DunningRunServiceImpl;
import io.arrears.core.dunning.LedgerDunningFacts;
import io.arrears.core.dunning.DunningStyle;
import io.arrears.core.dunning.NoticeCharges;
import io.arrears.core.dunning.NoticeFreshness;
import io.arrears.core.dunning.NoticeMessages;
import io.arrears.core.interest.InterestCalculator;
import io.arrears.core.interest.Jurisdiction;
import io.arrears.core.interest.OverdueClaim;
import io.arrears.core.interest.PartialPayment;
import io.arrears.core.interest.RateTables;
import io.arrears.core.ledger.ClaimServiceImpl;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import io.arrears.store.jdbc.ledger.JdbcCustomerRepository;
import io.arrears.store.jdbc.ledger.JdbcLedgerEventRepository;
import io.arrears.store.jdbc.outbox.JdbcOutbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interest and fees on real notices: proposed with the notice, stored with it, journaled as their own claims when it is
 * sent (never twice), still owed after the invoice is paid, and ended only by a journaled waiver.
 */
class ChargedNoticesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 1, 15);

    /** A clock the test sets to each run date (09:00 UTC: inside Berlin's and Warsaw's contact window). */
    private static final class RunClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-19T09:00:00Z");

        void set(LocalDate date) {
            now = date.atTime(9, 0).toInstant(ZoneOffset.UTC);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private record Fixture(RunClock clock, JdbcLedgerEventRepository journal, JdbcOutbox outbox, JdbcDunningNoticeRepository notices,
            DunningRunServiceImpl service, ClaimServiceImpl claims) {

        RunProposal run(LocalDate date) {
            clock.set(date);
            return service.propose(date);
        }
    }

    private static Fixture fixture(TestDatabase db) {
        return fixture(db, RateTables.bundledOnly());
    }

    private static Fixture fixture(TestDatabase db, RateTables rates) {
        RunClock clock = new RunClock();
        MigrationRunner.forDataSource(db.dataSource(), clock).migrate(db.dataSource());
        JdbcLedgerEventRepository journal = new JdbcLedgerEventRepository(db.dataSource(), clock);
        JdbcCustomerRepository customers = new JdbcCustomerRepository(db.dataSource(), clock);
        JdbcOutbox outbox = new JdbcOutbox(db.dataSource(), clock);
        JdbcDunningNoticeRepository notices = new JdbcDunningNoticeRepository(db.dataSource(), outbox);
        DunningRunServiceImpl service = new DunningRunServiceImpl(journal, customers, notices, new JdbcDunningBlockRepository(db.dataSource()),
                DunningPolicyLoader.loadDefault(), (country, date) -> Optional.empty(),
                new LedgerDunningFacts(CountryDefaults.bundled(ZoneOffset.UTC, "en"), "DE"),
                new NoticeMessages(new CreditorDetails("Acme Supplies GmbH", "DE89370400440532013000", "COBADEFFXXX"), "collections",
                        Optional.empty()), "test", new NoticeCharges(rates), clock, id -> DunningStyle.NONE);
        customers.upsert(new CustomerMasterData("C-1", "Alpha GmbH", "DE", "ap@alpha.example"));
        customers.upsert(new CustomerMasterData("C-2", "Beta Sp. z o.o.", "PL", "ksiegowosc@beta.example"));
        journal.append(invoice("C-1", "INV-1", "1000.00", "EUR"));
        journal.append(invoice("C-2", "FV-7", "9000.00", "PLN"));
        return new Fixture(clock, journal, outbox, notices, service, new ClaimServiceImpl(journal, clock));
    }

    @DatabaseTest
    void anInterestLevelNoticeCarriesInterestAndCompensationWhichBecomeClaimsThatOutliveThePrincipal(TestDatabase db) {
        Fixture f = fixture(db);
        RunProposal first = f.run(LocalDate.of(2026, 1, 19)); // level 2: no interest, no fee
        assertThat(first.proposals()).allSatisfy(p -> assertThat(p.charges()).isEmpty());
        f.service().execute(first.runId());
        f.journal().append(payment("C-1", "bank-1", LocalDate.of(2026, 1, 22), "400.00", "EUR", "INV-1"));

        RunProposal second = f.run(LocalDate.of(2026, 1, 29)); // level 3: interest and compensation

        CustomerProposal alpha = proposalOf(second, "C-1");
        assertThat(alpha.level()).isEqualTo(3);
        Money interest = InterestCalculator.bundled(Jurisdiction.DE).compute(new OverdueClaim("INV-1", eur("1000.00"), DUE),
                List.of(new PartialPayment(LocalDate.of(2026, 1, 22), eur("400.00"))), LocalDate.of(2026, 1, 29)).interest();
        assertThat(alpha.charges()).extracting(NoticeCharge::kind, NoticeCharge::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChargeKind.INTEREST, interest),
                org.assertj.core.groups.Tuple.tuple(ChargeKind.COMPENSATION, eur("40.00")));
        assertThat(alpha.fee()).isEqualTo(eur("40.00"));
        CustomerProposal beta = proposalOf(second, "C-2");
        assertThat(beta.chargeNotes()).singleElement().asString().contains("fixed compensation on FV-7 pending", "NBP", "fx/EUR-PLN.csv");
        assertThat(beta.charges()).extracting(NoticeCharge::kind).containsExactly(ChargeKind.INTEREST);

        List<StoredNotice> stored = f.notices().notices(second.runId());
        assertThat(stored).filteredOn(n -> n.proposal().customerId().equals("C-1")).singleElement()
                .satisfies(n -> assertThat(n.proposal().charges()).isEqualTo(alpha.charges()));
        assertThat(stored).filteredOn(n -> n.proposal().customerId().equals("C-2")).singleElement()
                .satisfies(n -> assertThat(n.proposal().chargeNotes()).isEqualTo(beta.chargeNotes()));

        RunExecution executed = f.service().execute(second.runId());

        OutboxMessage email = f.outbox().find(executed.decisions().stream().filter(d -> d.customerId().equals("C-1"))
                .findFirst().orElseThrow().outboxMessageId()).orElseThrow();
        assertThat(email.content().body()).contains("Late-payment interest on INV-1", interest.amount().toPlainString(),
                "Fixed recovery compensation on INV-1", "40.00", "Total: " + eur("640.00").plus(interest));
        List<Claim> claims = f.claims().claims("C-1").orElseThrow();
        assertThat(claims).extracting(Claim::id).containsExactly(NoticeCharges.claimId("INT", "C-1/INV-1", "2026-01-29"), NoticeCharges.claimId("COMP", "C-1/INV-1", ""));
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.chargedFor()).contains("INV-1");
            assertThat(c.balance().status()).isEqualTo(ItemStatus.OPEN);
        });

        f.journal().append(payment("C-1", "bank-2", LocalDate.of(2026, 2, 2), "600.00", "EUR", "INV-1"));

        assertThat(f.claims().claims("C-1").orElseThrow()).as("paying the invoice leaves interest and compensation owed")
                .allSatisfy(c -> assertThat(c.balance().outstanding().isPositive()).isTrue());

        f.clock().set(LocalDate.of(2026, 2, 3));
        Claim waived = f.claims().waive("C-1", NoticeCharges.claimId("COMP", "C-1/INV-1", ""), "goodwill after prompt settlement", "mia");

        assertThat(waived.balance().status()).isEqualTo(ItemStatus.WAIVED);
        assertThat(waived.waiver()).hasValueSatisfying(w -> {
            assertThat(w.waivedBy()).isEqualTo("mia");
            assertThat(w.reason()).isEqualTo("goodwill after prompt settlement");
            assertThat(w.date()).isEqualTo(LocalDate.of(2026, 2, 3));
        });
        assertThat(new ClaimServiceImpl(f.journal(), f.clock()).claims("C-1").orElseThrow())
                .as("the waiver is journaled: read back from the database")
                .filteredOn(c -> c.id().equals(NoticeCharges.claimId("COMP", "C-1/INV-1", ""))).singleElement()
                .satisfies(c -> assertThat(c.waiver()).isPresent());
        assertThatThrownBy(() -> f.claims().waive("C-1", NoticeCharges.claimId("COMP", "C-1/INV-1", ""), "again", "mia")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> f.claims().waive("C-1", "C-1/INV-1", "not a claim", "mia"))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @TempDir
    Path etc;

    @DatabaseTest
    void thePolishCompensationIsChargedInPlnOnceTheNbpRateOfTheConversionDayIsInTheExchangeTable(TestDatabase db) throws IOException {
        Files.createDirectories(etc.resolve("fx"));
        // FV-7 is due 2026-01-15: the last Polish working day of December 2025 is Wednesday the 31st
        Files.writeString(etc.resolve("fx/EUR-PLN.csv"), """
                date,rate,source
                2025-12-31,4.2000,NBP table A (test figure)
                """);
        Fixture f = fixture(db, new RateTables(Optional.of(etc)));
        f.service().execute(f.run(LocalDate.of(2026, 1, 19)).runId());

        RunProposal third = f.run(LocalDate.of(2026, 1, 29));

        CustomerProposal beta = proposalOf(third, "C-2");
        assertThat(beta.chargeNotes()).isEmpty();
        // 9,000 PLN is above 5,000 and below 50,000: EUR 70 × 4.2000 = 294.00 PLN
        assertThat(beta.charges()).extracting(NoticeCharge::kind, NoticeCharge::amount).contains(
                org.assertj.core.groups.Tuple.tuple(ChargeKind.COMPENSATION, Money.of("294.00", "PLN")));
        f.service().execute(third.runId());
        assertThat(f.claims().claims("C-2").orElseThrow()).filteredOn(c -> c.id().equals(NoticeCharges.claimId("COMP", "C-2/FV-7", "")))
                .singleElement().satisfies(c -> assertThat(c.balance().outstanding()).isEqualTo(Money.of("294.00", "PLN")));
    }

    @DatabaseTest
    void theSameFeeOrInterestClaimCannotBeJournaledTwice(TestDatabase db) {
        Fixture f = fixture(db);
        LedgerEvent fee = new LedgerEvent.ItemRecorded(new Item(NoticeCharges.claimId("FEE", "C-1/INV-1", "L4"), "C-1", ItemKind.FEE, "FEE-INV-1",
                LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 16), eur("5.00"), Optional.of("INV-1"), Optional.empty()));
        f.journal().append(fee);

        assertThatThrownBy(() -> f.journal().append(fee)).isInstanceOf(DuplicateKeyException.class)
                .satisfies(e -> assertThat(((DuplicateKeyException) e).constraint())
                        .isEqualToIgnoringCase(JdbcLedgerEventRepository.CHARGE_KEY_CONSTRAINT));
        assertThat(db.queryLong("SELECT count(*) FROM ledger_events WHERE item_key = '" + NoticeCharges.claimId("FEE", "C-1/INV-1", "L4") + "'")).isEqualTo(1);
    }

    @DatabaseTest
    void theFinalNoticeChargesTheLevelFeeOnceAndOnlyTheInterestSinceTheLastNotice(TestDatabase db) {
        Fixture f = fixture(db);
        f.service().execute(f.run(LocalDate.of(2026, 1, 19)).runId());
        f.service().execute(f.run(LocalDate.of(2026, 1, 29)).runId());

        RunProposal finalRun = f.run(LocalDate.of(2026, 2, 16));

        CustomerProposal alpha = finalRun.proposals().stream().filter(p -> p.customerId().equals("C-1") && p.level() == 4)
                .findFirst().orElseThrow();
        assertThat(alpha.charges()).extracting(NoticeCharge::kind).containsExactly(ChargeKind.INTEREST, ChargeKind.LEVEL_FEE);
        assertThat(alpha.charges().get(0).from()).contains(LocalDate.of(2026, 1, 30));
        assertThat(alpha.charges().get(1).claimId()).isEqualTo(NoticeCharges.claimId("FEE", "C-1/INV-1", "L4"));
        f.service().execute(finalRun.runId());
        Money total = InterestCalculator.bundled(Jurisdiction.DE).compute(new OverdueClaim("INV-1", eur("1000.00"), DUE),
                List.of(), LocalDate.of(2026, 2, 16)).interest();
        Money claimed = f.claims().claims("C-1").orElseThrow().stream().filter(c -> c.balance().item().kind() == ItemKind.INTEREST)
                .map(c -> c.balance().item().amount()).reduce(Money::plus).orElseThrow();
        assertThat(claimed).as("interest claimed notice by notice adds up to the statutory total").isEqualTo(total);
        assertThat(db.queryLong("SELECT count(*) FROM ledger_events WHERE charge_key = '" + NoticeCharges.claimId("FEE", "C-1/INV-1", "L4") + "'")).isEqualTo(1);
    }

    @DatabaseTest
    void theLevelFeeOfAFinalNoticeTheRelayCancelsIsWaivedOnceWhileInterestAndCompensationStayOwed(TestDatabase db) {
        Fixture f = fixture(db);
        f.service().execute(f.run(LocalDate.of(2026, 1, 19)).runId());
        f.service().execute(f.run(LocalDate.of(2026, 1, 29)).runId());
        RunExecution finalRun = f.service().execute(f.run(LocalDate.of(2026, 2, 16)).runId());
        OutboxMessage finalNotice = f.outbox().find(finalRun.decisions().stream()
                .filter(d -> d.customerId().equals("C-1") && d.level() == 4).findFirst().orElseThrow().outboxMessageId()).orElseThrow();
        String feeId = NoticeCharges.claimId("FEE", "C-1/INV-1", "L4");
        assertThat(f.claims().claims("C-1").orElseThrow()).extracting(Claim::id)
                .as("the final notice booked its interest and level fee at execution, the level 3 notice interest and compensation")
                .containsExactlyInAnyOrder(NoticeCharges.claimId("INT", "C-1/INV-1", "2026-01-29"),
                        NoticeCharges.claimId("COMP", "C-1/INV-1", ""), NoticeCharges.claimId("INT", "C-1/INV-1", "2026-02-16"), feeId);
        f.clock().set(LocalDate.of(2026, 2, 17));
        f.journal().append(payment("C-1", "bank-3", LocalDate.of(2026, 2, 17), "100.00", "EUR", "INV-1"));
        NoticeFreshness freshness = new NoticeFreshness(f.notices(), f.journal(), new JdbcDunningBlockRepository(db.dataSource()),
                f.claims());
        String reason = freshness.reasonNotToSend(finalNotice).orElseThrow();

        freshness.beforeCancel(finalNotice, reason);
        freshness.beforeCancel(finalNotice, reason); // the relay crashed before cancelling, claimed it again, stopped it again

        List<Claim> claims = new ClaimServiceImpl(f.journal(), f.clock()).claims("C-1").orElseThrow();
        assertThat(claims).filteredOn(c -> c.id().equals(feeId)).singleElement().satisfies(fee -> {
            assertThat(fee.balance().status()).isEqualTo(ItemStatus.WAIVED);
            assertThat(fee.waiver()).hasValueSatisfying(w -> {
                assertThat(w.waivedBy()).isEqualTo(NoticeFreshness.SYSTEM_USER).isEqualTo("arrears");
                assertThat(w.reason()).startsWith("level fee of notice " + finalNotice.key() + " which was not sent: "
                        + "not sent, the ledger changed: INV-1 partly paid");
                assertThat(w.date()).isEqualTo(LocalDate.of(2026, 2, 17));
            });
        });
        assertThat(claims).filteredOn(c -> !c.id().equals(feeId)).hasSize(3).allSatisfy(c -> {
            assertThat(c.balance().status()).isEqualTo(ItemStatus.OPEN);
            assertThat(c.waiver()).isEmpty();
        });
        assertThat(db.queryLong("SELECT count(*) FROM ledger_events WHERE waived_by = 'arrears'")).as("waived once").isEqualTo(1);
    }

    private static CustomerProposal proposalOf(RunProposal run, String customer) {
        return run.proposals().stream().filter(p -> p.customerId().equals(customer)).findFirst().orElseThrow();
    }

    private static LedgerEvent invoice(String customer, String number, String amount, String currency) {
        return new LedgerEvent.ItemRecorded(new Item(customer + "/" + number, customer, ItemKind.INVOICE, number,
                DUE.minusDays(14), DUE, Money.of(amount, currency), Optional.empty(), Optional.empty()));
    }

    private static LedgerEvent payment(String customer, String key, LocalDate date, String amount, String currency, String reference) {
        return new LedgerEvent.PaymentRecorded(new Payment(key, customer, date, Money.of(amount, currency), List.of(reference), Optional.empty()));
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
