package io.arrears.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.dunning.ChargeKind;
import io.arrears.api.dunning.NoticeCharge;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.core.dunning.NoticeCharges;
import io.arrears.core.interest.RateTables;
import io.arrears.core.ledger.Ledger;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlacementChargesTest {

    private static final String CUSTOMER = "C-1";
    private static final LocalDate DUE = LocalDate.of(2024, 1, 15);
    private static final LocalDate PLACED = LocalDate.of(2024, 4, 30);

    private final PlacementCharges charges = new PlacementCharges(new NoticeCharges(RateTables.bundledOnly()));

    @Test
    void interestOnTheDecliningBalanceToThePlacementDateAndTheCompensationItemisedWithoutALevelFee() {
        List<LedgerEvent> events = new ArrayList<>(invoicePartlyPaid());

        NoticeCharges.Result result = charges.at(Optional.of("DE"), placed(events), balances(events), PLACED);

        // 1000.00 × 12.62 % × 45/365 + 600.00 × 12.62 % × 61/365 = 28.21 (as a notice on that day would charge)
        assertThat(result.charges()).containsExactly(
                NoticeCharge.interest(NoticeCharges.claimId("INT", "C-1/INV-1", "2024-04-30"), "C-1/INV-1", "INV-1", eur("28.21"),
                        new BigDecimal("12.62"), DUE.plusDays(1), PLACED),
                NoticeCharge.fee(ChargeKind.COMPENSATION, NoticeCharges.claimId("COMP", "C-1/INV-1", ""), "C-1/INV-1", "INV-1",
                        eur("40.00")));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void interestAlreadyClaimedByANoticeIsNotChargedAgainOnlyTheDaysSince() {
        List<LedgerEvent> events = new ArrayList<>(invoicePartlyPaid());
        // a notice of 31 March booked interest to that day and the compensation
        events.add(claim(NoticeCharges.claimId("INT", "C-1/INV-1", "2024-03-31"), ItemKind.INTEREST, "20.00", LocalDate.of(2024, 3, 31)));
        events.add(claim(NoticeCharges.claimId("COMP", "C-1/INV-1", ""), ItemKind.FEE, "40.00", LocalDate.of(2024, 3, 31)));

        NoticeCharges.Result result = charges.at(Optional.of("DE"), placed(events), balances(events), PLACED);

        assertThat(result.charges()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChargeKind.INTEREST);
            assertThat(c.from()).contains(LocalDate.of(2024, 4, 1));
            assertThat(c.to()).contains(PLACED);
        });
    }

    @Test
    void anUnknownCountryOrJurisdictionIsANoteNotAGuess() {
        List<LedgerEvent> events = invoicePartlyPaid();
        assertThat(charges.at(Optional.empty(), placed(events), balances(events), PLACED).notes())
                .singleElement().asString().contains("country is unknown");
        NoticeCharges.Result unknown = charges.at(Optional.of("US"), placed(events), balances(events), PLACED);
        assertThat(unknown.charges()).isEmpty();
        assertThat(unknown.notes()).singleElement().asString().contains("country US");
    }

    private static List<LedgerEvent> invoicePartlyPaid() {
        return List.of(new LedgerEvent.ItemRecorded(Item.invoice("C-1/INV-1", CUSTOMER, "INV-1", DUE.minusDays(30), DUE, eur("1000.00"))),
                new LedgerEvent.PaymentRecorded(new Payment("bank-1", CUSTOMER, LocalDate.of(2024, 3, 1), eur("400.00"),
                        List.of("INV-1"), Optional.empty())));
    }

    private static LedgerEvent claim(String id, ItemKind kind, String amount, LocalDate date) {
        return new LedgerEvent.ItemRecorded(new Item(id, CUSTOMER, kind, id, date, date, eur(amount), Optional.of("INV-1"),
                Optional.empty()));
    }

    private static List<ItemBalance> balances(List<LedgerEvent> events) {
        return Ledger.replay(events).balances(CUSTOMER);
    }

    private static List<ItemBalance> placed(List<LedgerEvent> events) {
        return List.of(Ledger.replay(events).balance("C-1/INV-1").orElseThrow());
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
