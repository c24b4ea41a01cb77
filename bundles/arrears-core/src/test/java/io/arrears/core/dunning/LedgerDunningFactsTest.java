package io.arrears.core.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.dunning.NoticeHistory;
import io.arrears.api.dunning.NoticeMark;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.core.ledger.Ledger;
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

    private static LedgerEvent invoice(String number, String amount) {
        return new LedgerEvent.ItemRecorded(new Item("C-1/" + number, "C-1", ItemKind.INVOICE, number, DUE.minusDays(14), DUE,
                Money.of(amount, "EUR"), Optional.empty(), Optional.empty()));
    }
}
