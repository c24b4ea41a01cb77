package io.arrears.store.jdbc.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.profile.CaseClosure;
import io.arrears.api.profile.ConfigKind;
import io.arrears.api.profile.CustomerProfile;
import io.arrears.api.profile.ProfileService;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.core.dunning.CountryDefaults;
import io.arrears.core.profiling.ProfileServiceImpl;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import io.arrears.store.jdbc.contact.JdbcContactLog;
import io.arrears.store.jdbc.ledger.JdbcCustomerRepository;
import io.arrears.store.jdbc.ledger.JdbcLedgerEventRepository;
import io.arrears.store.jdbc.outbox.JdbcOutbox;
import io.arrears.store.jdbc.promise.JdbcPromiseRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The profile service end to end on the real store (H2 and PostgreSQL): signals from the journal, the contact log and
 * the promise store; snapshots on every change of the inputs; overrides respected, logged and released on material
 * change; configuration validated and versioned; lessons learned and effectiveness.
 */
class ProfileServiceStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String C = "K-COOP";

    private record Parts(ProfileService service, JdbcLedgerEventRepository journal, JdbcContactLog log, JdbcProfileStore store) {
    }

    private static Parts parts(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        JdbcLedgerEventRepository journal = new JdbcLedgerEventRepository(db.dataSource(), CLOCK);
        JdbcCustomerRepository customers = new JdbcCustomerRepository(db.dataSource(), CLOCK);
        JdbcContactLog log = new JdbcContactLog(db.dataSource(), CLOCK, Optional.empty());
        JdbcPromiseRepository promises = new JdbcPromiseRepository(db.dataSource(), new JdbcOutbox(db.dataSource(), CLOCK));
        JdbcProfileStore store = new JdbcProfileStore(db.dataSource());
        customers.upsert(new CustomerMasterData(C, "Kooperativ Handel GmbH", "DE", "ap@kooperativ.example"));
        ProfileService service = new ProfileServiceImpl(journal, customers, log, id -> {
            List<TrackedPromise> found = promises.forCustomer(id);
            return found.isEmpty() ? Optional.empty() : Optional.of(found);
        }, store, CountryDefaults.bundled(ZoneId.of("UTC"), "en"), "DE", CLOCK);
        return new Parts(service, journal, log, store);
    }

    /** Four invoices each paid two days after a call that promised it: a cooperative payer. */
    private static void cooperativeHistory(Parts p) {
        LocalDate due = LocalDate.of(2026, 6, 3);
        for (int i = 1; i <= 4; i++) {
            String number = "INV-" + i;
            p.journal().append(new LedgerEvent.ItemRecorded(Item.invoice(C + "/" + number, C, number, due.minusDays(30), due,
                    Money.of("1000.00", "EUR"))));
            call(p, due.plusDays(1), ContactOutcome.PROMISE_TO_PAY, null, "pays in two days");
            p.journal().append(new LedgerEvent.PaymentRecorded(Payment.of("pay-" + i, C, due.plusDays(3),
                    Money.of("1000.00", "EUR"), List.of(number))));
            due = due.plusMonths(1);
        }
    }

    private static ContactEntry call(Parts p, LocalDate day, ContactOutcome outcome, String excuse, String notes) {
        return p.log().append(new NewContactEntry(C, day.atTime(9, 30).toInstant(ZoneOffset.UTC), "carla", ContactChannel.CALL,
                ContactDirection.OUT, outcome, notes, Optional.ofNullable(excuse), Optional.empty(), Optional.empty()));
    }

    @DatabaseTest
    void classifiesFromTheStoredDataAndExplainsIt(TestDatabase db) {
        Parts p = parts(db);
        cooperativeHistory(p);

        CustomerProfile profile = p.service().profile(C, "de").orElseThrow();

        assertThat(profile.type()).isEqualTo(BehaviourType.COOPERATIVE);
        assertThat(profile.suggestedType()).isEqualTo(BehaviourType.COOPERATIVE);
        assertThat(profile.source()).isEqualTo("SUGGESTED");
        assertThat(profile.confidence()).isPositive();
        assertThat(profile.explanation()).extracting(CustomerProfile.ExplanationLine::signal)
                .contains("AVG_DAYS_TO_PAY_AFTER_REMINDER", "RESPONSE_RATE", "PROMISE_KEPT_RATE");
        assertThat(profile.override()).isEmpty();
        assertThat(profile.playbook().channels()).isNotEmpty();
        assertThat(profile.risk().factors()).extracting(CustomerProfile.RiskLine::factor)
                .contains("UNPAID_INVOICES", "OPEN_BALANCE", "BROKEN_PROMISES");
        assertThat(p.service().profile("NOBODY", "en")).isEmpty();
    }

    @DatabaseTest
    void everyLedgerOrContactEventIsReflectedAndStoredAsANewSnapshot(TestDatabase db) {
        Parts p = parts(db);
        cooperativeHistory(p);
        CustomerProfile first = p.service().profile(C, "en").orElseThrow();
        assertThat(p.service().profile(C, "en").orElseThrow().computedAt()).isEqualTo(first.computedAt());
        assertThat(p.store().snapshots(C, 10)).hasSize(1);

        for (int i = 1; i <= 6; i++) {
            p.journal().append(new LedgerEvent.ItemRecorded(Item.invoice(C + "/OPEN-" + i, C, "OPEN-" + i,
                    LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), Money.of("2500.00", "EUR"))));
        }
        CustomerProfile afterLedger = p.service().profile(C, "en").orElseThrow();

        assertThat(afterLedger.risk().score()).isGreaterThan(first.risk().score());
        assertThat(afterLedger.previous()).hasValueSatisfying(prev -> assertThat(prev.riskScore()).isEqualTo(first.risk().score()));
        assertThat(p.store().snapshots(C, 10)).hasSize(2);

        call(p, LocalDate.of(2026, 11, 2), ContactOutcome.NO_COMMITMENT, "CASH_FLOW_PROBLEMS", "cash is short");
        CustomerProfile afterContact = p.service().profile(C, "en").orElseThrow();

        assertThat(afterContact.risk().score()).isGreaterThan(afterLedger.risk().score());
        assertThat(afterContact.risk().factors()).filteredOn(f -> f.factor().equals("EXCUSES"))
                .singleElement().satisfies(f -> assertThat(f.points()).isPositive());
        assertThat(p.store().snapshots(C, 10)).hasSize(3);
        assertThat(p.store().latestSnapshot(C).orElseThrow().riskScore()).isEqualTo(afterContact.risk().score());
    }

    @DatabaseTest
    void theSegmentComesFromTheMasterDataAndAnExternalCreditScoreIsAnExplainedSignal(TestDatabase db) {
        Parts p = parts(db);
        cooperativeHistory(p);
        CustomerProfile before = p.service().profile(C, "en").orElseThrow();
        assertThat(before.segment()).isEmpty();
        assertThat(before.creditScore()).isEmpty();

        new JdbcCustomerRepository(db.dataSource(), CLOCK).upsert(new CustomerMasterData(C, "Kooperativ Handel GmbH", "DE", null,
                " Key-Account "));
        new JdbcCustomerRepository(db.dataSource(), CLOCK).upsert(new CustomerMasterData(C, "Kooperativ Handel GmbH", "DE", null));
        p.service().recordCreditScore(C, 60, "ERP", LocalDate.of(2026, 10, 1), "maria");
        p.service().recordCreditScore(C, 20, "Creditreform", LocalDate.of(2026, 11, 20), "maria");
        p.service().recordCreditScore(C, 90, "old agency report", LocalDate.of(2025, 1, 1), "maria");

        CustomerProfile after = p.service().profile(C, "en").orElseThrow();

        assertThat(after.segment()).as("an import naming no segment keeps the stored one").contains("key-account");
        assertThat(after.creditScore()).contains(new CustomerProfile.CreditScoreInfo(20, "Creditreform", LocalDate.of(2026, 11, 20)));
        assertThat(after.risk().score()).isGreaterThan(before.risk().score());
        assertThat(after.risk().factors()).filteredOn(f -> f.factor().equals("EXTERNAL_SCORE")).singleElement()
                .satisfies(f -> {
                    assertThat(f.points()).isPositive();
                    assertThat(f.detail()).contains("20/100", "Creditreform", "2026-11-20");
                });
        assertThat(p.log().entries(C, 0, 1000)).extracting(ContactEntry::notes)
                .anySatisfy(n -> assertThat(n).contains("external credit score 20/100 from Creditreform"));
        assertThatThrownBy(() -> p.service().recordCreditScore(C, 101, "x", LocalDate.of(2026, 11, 1), "maria"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..100");
        assertThatThrownBy(() -> p.service().recordCreditScore(C, 50, " ", LocalDate.of(2026, 11, 1), "maria"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> p.service().recordCreditScore(C, 50, "x", LocalDate.of(2026, 12, 1), "maria"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
        assertThat(p.service().recordCreditScore("NOBODY", 50, "x", LocalDate.of(2026, 11, 1), "maria")).isEmpty();
    }

    @DatabaseTest
    void segmentGuardrailsAreAVersionedDocumentAndTheCallSheetOffersTheSegmentsLimits(TestDatabase db) {
        Parts p = parts(db);
        cooperativeHistory(p);
        assertThat(p.service().config(ConfigKind.SEGMENT_GUARDRAILS).version()).isZero();
        new JdbcCustomerRepository(db.dataSource(), CLOCK).upsert(new CustomerMasterData(C, "Kooperativ Handel GmbH", "DE", null,
                "sme"));
        String sme = "{\"segments\":{\"sme\":{\"COOPERATIVE\":{\"maxPlanMonths\":5,\"minFirstInstalmentPercent\":\"15\","
                + "\"maxDiscountPercent\":\"1.5\",\"maxExtensionDays\":20,\"mayWaiveFees\":true,\"mayWaiveInterest\":false}}}}";

        assertThat(p.service().saveConfig(ConfigKind.SEGMENT_GUARDRAILS, sme, "maria").version()).isEqualTo(1);
        assertThatThrownBy(() -> p.service().saveConfig(ConfigKind.SEGMENT_GUARDRAILS, "{\"segments\":{\"sme\":{}}}", "maria"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no behaviour type");

        // the COOPERATIVE playbook row allows 2 %, the (COOPERATIVE, sme) row 1.5 %
        assertThat(p.service().callSheet(C, "en").orElseThrow().offers())
                .filteredOn(o -> o.kind().equals("EARLY_PAYMENT_DISCOUNT")).singleElement()
                .satisfies(o -> assertThat(o.maxDiscountPercent()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("1.5")));

        ProfileService.OfferTerms twoPercent = new ProfileService.OfferTerms("early_payment_discount", Money.of("4000.00", "EUR"),
                0, null, new java.math.BigDecimal("2"), 0, false, false);
        ProfileService.OfferVerdict collector = p.service().checkOffer(C, twoPercent, "carla", false).orElseThrow();
        assertThat(collector.needsManagerApproval()).isTrue();
        assertThat(collector.guardrailsRow()).isEqualTo("COOPERATIVE / sme");
        assertThat(collector.reasons()).singleElement().asString().contains("2%", "1.5%");
        assertThat(collector.approvedBy()).isEmpty();
        ProfileService.OfferVerdict manager = p.service().checkOffer(C, twoPercent, "maria", true).orElseThrow();
        assertThat(manager.approvedBy()).contains("maria");
        assertThat(p.log().entries(C, 0, 1000)).extracting(ContactEntry::notes)
                .filteredOn(n -> n.contains("approved beyond the guardrails")).singleElement().asString()
                .startsWith("EARLY_PAYMENT_DISCOUNT offer approved");
        assertThat(p.service().checkOffer(C, new ProfileService.OfferTerms("EXTENSION", Money.of("4000.00", "EUR"), 0, null,
                null, 20, false, false), "carla", false).orElseThrow().needsManagerApproval()).isFalse();
        assertThatThrownBy(() -> p.service().checkOffer(C, new ProfileService.OfferTerms("BARTER", Money.of("1.00", "EUR"), 0,
                null, null, 0, false, false), "carla", false)).hasMessageContaining("not one of");
    }

    @DatabaseTest
    void anOverrideIsLoggedRespectedAndReleasedWhenTheEvidenceChangesMaterially(TestDatabase db) {
        Parts p = parts(db);
        cooperativeHistory(p);

        CustomerProfile overridden = p.service().override(C, BehaviourType.STRUGGLING, "owner told me sales collapsed", "carla")
                .orElseThrow();

        assertThat(overridden.type()).isEqualTo(BehaviourType.STRUGGLING);
        assertThat(overridden.suggestedType()).isEqualTo(BehaviourType.COOPERATIVE);
        assertThat(overridden.source()).isEqualTo("OVERRIDDEN");
        assertThat(overridden.override()).hasValueSatisfying(o -> {
            assertThat(o.reason()).isEqualTo("owner told me sales collapsed");
            assertThat(o.by()).isEqualTo("carla");
            assertThat(o.at()).isEqualTo(NOW);
        });
        assertThat(lastNote(p)).contains("overridden to STRUGGLING").contains("owner told me sales collapsed");
        assertThat(p.service().effectiveType(C)).isEqualTo(BehaviourType.STRUGGLING);

        // a small change (one more answered call) is not material: the collector's judgement stands
        call(p, LocalDate.of(2026, 10, 20), ContactOutcome.CALLBACK_SCHEDULED, null, "call back Friday");
        assertThat(p.service().profile(C, "en").orElseThrow().source()).isEqualTo("OVERRIDDEN");

        // the first broken promise (taken 30 days ago, nothing paid) is a material change
        call(p, LocalDate.of(2026, 10, 24), ContactOutcome.PROMISE_TO_PAY, "WILL_PAY_NEXT_WEEK", "will pay next week");
        CustomerProfile released = p.service().profile(C, "en").orElseThrow();

        assertThat(released.source()).isEqualTo("OVERRIDE_RELEASED");
        assertThat(released.type()).isEqualTo(released.suggestedType());
        assertThat(released.why()).contains("PROMISES_BROKEN moved from 0 to 1");
        assertThat(released.override()).isEmpty();
        assertThat(p.store().activeOverride(C)).isEmpty();
        assertThat(p.store().overrideHistory(C)).singleElement().satisfies(o -> assertThat(o.clearedBy()).contains("system"));
        assertThat(lastNote(p)).contains("released, evidence changed materially");
        assertThat(p.service().profile(C, "en").orElseThrow().source()).isEqualTo("SUGGESTED");
    }

    @DatabaseTest
    void anOverrideNeedsAKnownTypeAndAReasonAndItsRemovalIsLogged(TestDatabase db) {
        Parts p = parts(db);
        cooperativeHistory(p);

        assertThatThrownBy(() -> p.service().override(C, BehaviourType.UNKNOWN, "no idea", "carla"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNKNOWN");
        assertThatThrownBy(() -> p.service().override(C, BehaviourType.DOMINANT, " ", "carla"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThat(p.service().clearOverride(C, "carla")).isFalse();

        p.service().override(C, BehaviourType.DOMINANT, "checks every line", "carla");
        assertThat(p.service().clearOverride(C, "mia")).isTrue();

        assertThat(lastNote(p)).contains("override to DOMINANT removed");
        assertThat(p.service().profile(C, "en").orElseThrow().type()).isEqualTo(BehaviourType.COOPERATIVE);
    }

    @DatabaseTest
    void configurationIsValidatedBeforeItIsSavedAndKeptWithItsVersions(TestDatabase db) {
        Parts p = parts(db);
        String bundled = p.service().config(ConfigKind.PLAYBOOKS).json();
        assertThat(p.service().config(ConfigKind.PLAYBOOKS).version()).isZero();

        assertThatThrownBy(() -> p.service().saveConfig(ConfigKind.PLAYBOOKS, bundled.replaceFirst("\"tone\"", "\"tonne\""), "mia"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tone'");
        assertThatThrownBy(() -> p.service().saveConfig(ConfigKind.EXCUSES, "{\"responses\": {}}", "mia"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CHEQUE_IN_THE_POST");
        assertThatThrownBy(() -> p.service().saveGuardrails("{\"STRUGGLING\": {\"maxPlanMonths\": -1, "
                + "\"minFirstInstalmentPercent\": 10, \"maxDiscountPercent\": 0, \"maxExtensionDays\": 30, "
                + "\"mayWaiveFees\": true, \"mayWaiveInterest\": false}}", "mia"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPlanMonths");
        assertThat(p.store().configHistory(ConfigKind.PLAYBOOKS)).isEmpty();

        p.service().saveConfig(ConfigKind.PLAYBOOKS, bundled, "mia");
        p.service().saveGuardrails("{\"STRUGGLING\": {\"maxPlanMonths\": 18, \"minFirstInstalmentPercent\": 5, "
                + "\"maxDiscountPercent\": 0, \"maxExtensionDays\": 45, \"mayWaiveFees\": true, \"mayWaiveInterest\": false}}", "mia");

        assertThat(p.service().config(ConfigKind.PLAYBOOKS).version()).isEqualTo(2);
        assertThat(p.service().config(ConfigKind.PLAYBOOKS).savedBy()).isEqualTo("mia");
        assertThat(p.service().guardrails()).contains("\"maxPlanMonths\" : 18");
        assertThat(p.store().configHistory(ConfigKind.PLAYBOOKS)).hasSize(2);
    }

    @DatabaseTest
    void excuseResponsesFollowTheLanguageAndTheSavedLibrary(TestDatabase db) {
        Parts p = parts(db);

        assertThat(p.service().excuseResponses("CASH_FLOW_PROBLEMS", "tr").language()).isEqualTo("tr");
        assertThat(p.service().excuseResponses("cash-flow-problems", "he-IL").language()).isEqualTo("he");
        assertThat(p.service().excuseResponses("CASH_FLOW_PROBLEMS", "fr").language()).isEqualTo("en");
        assertThatThrownBy(() -> p.service().excuseResponses("ALIENS", "en")).hasMessageContaining("unknown excuse category");
    }

    @DatabaseTest
    void aCaseClosureRecordsWhatTheCaseAchievedAndFeedsEffectiveness(TestDatabase db) {
        Parts p = parts(db);
        cooperativeHistory(p);

        CaseClosure closure = p.service().closeCase(C, new ProfileService.CaseLessons(true, "", "send the link earlier",
                "phone", "digital_payment_link"), "carla").orElseThrow();

        assertThat(closure.behaviourType()).isEqualTo(BehaviourType.COOPERATIVE);
        assertThat(closure.playbook()).isEqualTo("COOPERATIVE v0");
        assertThat(closure.channel()).isEqualTo("PHONE");
        assertThat(closure.offer()).isEqualTo("DIGITAL_PAYMENT_LINK");
        assertThat(closure.promisesMade()).isEqualTo(4);
        assertThat(closure.promisesKept()).isEqualTo(4);
        assertThat(closure.amountRecovered()).contains(Money.of("4000.00", "EUR"));
        assertThat(closure.daysToPayAfterContact()).isPresent();
        assertThatThrownBy(() -> p.service().closeCase(C, new ProfileService.CaseLessons(true, "", "", "fax", "NONE"), "carla"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel 'fax'");

        assertThat(p.service().effectiveness()).singleElement().satisfies(e -> {
            assertThat(e.behaviourType()).isEqualTo(BehaviourType.COOPERATIVE);
            assertThat(e.cases()).isEqualTo(1);
            assertThat(e.promiseKeptRate()).contains(1.0);
            assertThat(e.satisfiedRate()).isEqualTo(1.0);
            assertThat(e.amountRecovered()).containsExactly(Money.of("4000.00", "EUR"));
        });
    }

    @DatabaseTest
    void theCallSheetCarriesTheTypeThePlaybookAndTheExcusesInTheCollectorsLanguage(TestDatabase db) {
        Parts p = parts(db);
        cooperativeHistory(p);
        call(p, LocalDate.of(2026, 11, 2), ContactOutcome.NO_COMMITMENT, "CHEQUE_IN_THE_POST", "cheque sent, he says");
        p.journal().append(new LedgerEvent.ItemRecorded(Item.invoice(C + "/INV-9", C, "INV-9", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31), Money.of("700.00", "EUR"))));

        var sheet = p.service().callSheet(C, "pl").orElseThrow();

        assertThat(sheet.approach().type()).isEqualTo(BehaviourType.COOPERATIVE);
        assertThat(sheet.openItems()).extracting(l -> l.documentNumber()).containsExactly("INV-9");
        assertThat(sheet.excuses()).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo("CHEQUE_IN_THE_POST");
            assertThat(e.responseLanguage()).isEqualTo("pl");
        });
        assertThat(sheet.customerLanguage()).startsWith("de");
    }

    private static String lastNote(Parts p) {
        List<ContactEntry> entries = p.log().entries(C, 0, 1000);
        return entries.stream().filter(e -> e.channel() == ContactChannel.NOTE).reduce((a, b) -> b).orElseThrow().notes();
    }
}
