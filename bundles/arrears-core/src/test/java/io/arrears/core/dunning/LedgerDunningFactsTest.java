package io.arrears.core.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.dunning.BlockReason;
import io.arrears.api.dunning.DunningBlock;
import io.arrears.api.dunning.LevelAdvance;
import io.arrears.api.dunning.NoticeHistory;
import io.arrears.api.dunning.NoticeMark;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.core.ledger.Ledger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerDunningFactsTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 1);
    private final LedgerDunningFacts facts = new LedgerDunningFacts(CountryDefaults.bundled(ZoneOffset.UTC, "en"), "DE");

    @Test
    void zoneAndLanguageComeFromTheCustomersCountry() {
        DebtorFacts debtor = facts.debtor(new CustomerMasterData("C-1", "Beta", "pl", null), NoticeHistory.none());

        assertThat(debtor.country()).isEqualTo("PL");
        assertThat(debtor.zone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
        assertThat(debtor.language()).isEqualTo("pl");
    }

    @Test
    void aCustomerWithoutCountryGetsTheFallbackCountry() {
        DebtorFacts debtor = facts.debtor(new CustomerMasterData("C-1", "Alpha", null, null), NoticeHistory.none());

        assertThat(debtor.country()).isEqualTo("DE");
        assertThat(debtor.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void aCountryMissingFromTheTableGetsTheFallbackZoneAndLanguage() {
        DebtorFacts debtor = facts.debtor(new CustomerMasterData("C-1", "Kiwi", "NZ", null), NoticeHistory.none());

        assertThat(debtor.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(debtor.language()).isEqualTo("en");
    }

    @Test
    void aMalformedCountryIsRefusedWithTheCustomerNamed() {
        assertThatThrownBy(() -> facts.debtor(new CustomerMasterData("C-9", "X", "Germany", null), NoticeHistory.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C-9").hasMessageContaining("Germany");
    }

    @Test
    void theLastContactIsTheLastExecutedNotice() {
        Instant sent = Instant.parse("2026-03-05T09:00:00Z");

        DebtorFacts debtor = facts.debtor(new CustomerMasterData("C-1", "Alpha", "DE", null),
                new NoticeHistory(Map.of(), Optional.of(sent)));

        assertThat(debtor.lastContact()).contains(sent);
    }

    @Test
    void itemsAreTheOpenClaimsWithResidualsAndTheirLastNotice() {
        Ledger ledger = Ledger.replay(List.of(
                invoice("INV-1", "100.00"),
                invoice("INV-2", "50.00"),
                new LedgerEvent.PaymentRecorded(Payment.of("B-1", "C-1", DUE, Money.of("30.00", "EUR"), List.of("INV-1"))),
                new LedgerEvent.PaymentRecorded(Payment.of("B-2", "C-1", DUE, Money.of("50.00", "EUR"), List.of("INV-2")))));
        NoticeHistory history = new NoticeHistory(Map.of("C-1/INV-1", new NoticeMark(2, DUE.plusDays(3))), Optional.empty());

        List<DunnableItem> items = facts.items(ledger, "C-1", history);

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.itemId()).isEqualTo("C-1/INV-1");
            assertThat(item.residual()).isEqualTo(Money.of("70.00", "EUR"));
            assertThat(item.lastNotice()).contains(new LastNotice(2, DUE.plusDays(3)));
        });
    }

    @Test
    void aPendingAdvanceReachesTheItemsItNamesOrEveryItemWhenItNamesNone() {
        Ledger ledger = Ledger.replay(List.of(invoice("INV-1", "100.00"), invoice("INV-2", "50.00")));
        LevelAdvance promise = new LevelAdvance("PTP-1", List.of("C-1/INV-1"), "nothing arrived by 2026-03-20");
        LevelAdvance plan = new LevelAdvance("PLAN-1", List.of(), "instalment 2 missed");

        List<DunnableItem> named = facts.items(ledger, "C-1", new NoticeHistory(Map.of(), Optional.empty(), List.of(promise)));
        List<DunnableItem> whole = facts.items(ledger, "C-1", new NoticeHistory(Map.of(), Optional.empty(), List.of(plan)));

        assertThat(named).extracting(DunnableItem::advance)
                .containsExactly(Optional.of("PTP-1 broken (nothing arrived by 2026-03-20)"), Optional.empty());
        assertThat(whole).extracting(DunnableItem::advance).allSatisfy(a -> assertThat(a).contains("PLAN-1 broken (instalment 2 missed)"));
        assertThat(facts.items(ledger, "C-1", NoticeHistory.none())).extracting(DunnableItem::advance).containsOnly(Optional.empty());
    }

    @Test
    void aCustomerBlockBlocksTheDebtorAndTheEngineProposesNothingSayingWhy() {
        Ledger ledger = Ledger.replay(List.of(invoice("INV-1", "100.00"), invoice("INV-2", "50.00")));
        List<DunningBlock> blocks = List.of(block(1, Optional.empty(), BlockReason.DISPUTE, "amount contested"),
                cleared(block(2, Optional.empty(), BlockReason.INSOLVENCY, "")));

        DebtorFacts debtor = facts.debtor(new CustomerMasterData("C-1", "Alpha", "DE", null), NoticeHistory.none(), blocks);
        DunningAssessment assessment = new DunningEngine(FixedHolidays.none()).assess(TestPolicies.standard(), debtor,
                facts.items(ledger, "C-1", NoticeHistory.none(), blocks), LATE);

        assertThat(debtor.blockReason()).contains("DISPUTE: amount contested");
        assertThat(assessment.proposals()).isEmpty();
        assertThat(assessment.skipped()).extracting(SkippedItem::reason)
                .containsOnly("customer blocked: DISPUTE: amount contested").hasSize(2);
    }

    @Test
    void anItemBlockBlocksThatItemOnlyAndADisputeMarksItDisputed() {
        Ledger ledger = Ledger.replay(List.of(invoice("INV-1", "100.00"), invoice("INV-2", "50.00"), invoice("INV-3", "70.00")));
        List<DunningBlock> blocks = List.of(block(1, Optional.of("C-1/INV-1"), BlockReason.DISPUTE, "wrong quantity"),
                block(2, Optional.of("C-1/INV-2"), BlockReason.PAYMENT_PLAN, ""));

        DebtorFacts debtor = facts.debtor(new CustomerMasterData("C-1", "Alpha", "DE", null), NoticeHistory.none(), blocks);
        List<DunnableItem> items = facts.items(ledger, "C-1", NoticeHistory.none(), blocks);
        DunningAssessment assessment = new DunningEngine(FixedHolidays.none()).assess(TestPolicies.standard(), debtor, items, LATE);

        assertThat(debtor.blockReason()).isEmpty();
        assertThat(items).extracting(DunnableItem::itemId, DunnableItem::blockReason, DunnableItem::disputed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C-1/INV-1", Optional.of("DISPUTE: wrong quantity"), true),
                org.assertj.core.groups.Tuple.tuple("C-1/INV-2", Optional.of("PAYMENT_PLAN"), false),
                org.assertj.core.groups.Tuple.tuple("C-1/INV-3", Optional.empty(), false));
        assertThat(assessment.skipped()).contains(new SkippedItem("C-1/INV-1", "blocked: DISPUTE: wrong quantity"),
                new SkippedItem("C-1/INV-2", "blocked: PAYMENT_PLAN"));
        assertThat(assessment.proposals()).singleElement().satisfies(p ->
                assertThat(p.items()).extracting(i -> i.itemId()).containsExactly("C-1/INV-3"));
    }

    /** Long after the due date, a Tuesday 10:00 in Berlin: every level is due and the debtor may be contacted. */
    private static final Clock LATE = Clock.fixed(Instant.parse("2026-05-12T08:00:00Z"), ZoneOffset.UTC);

    private static DunningBlock block(long id, Optional<String> item, BlockReason reason, String note) {
        return new DunningBlock(id, "C-1", item, reason, note, "carla", Instant.parse("2026-03-02T08:00:00Z"),
                Optional.empty(), Optional.empty());
    }

    private static DunningBlock cleared(DunningBlock b) {
        return new DunningBlock(b.id(), b.customerId(), b.itemId(), b.reason(), b.note(), b.createdBy(), b.createdAt(),
                Optional.of("mia"), Optional.of(Instant.parse("2026-03-03T08:00:00Z")));
    }

    private static LedgerEvent invoice(String number, String amount) {
        return new LedgerEvent.ItemRecorded(new Item("C-1/" + number, "C-1", ItemKind.INVOICE, number, DUE.minusDays(14), DUE,
                Money.of(amount, "EUR"), Optional.empty(), Optional.empty()));
    }
}
