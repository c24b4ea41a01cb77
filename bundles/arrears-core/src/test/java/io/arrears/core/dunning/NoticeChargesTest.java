package io.arrears.core.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.dunning.ChargeKind;
import io.arrears.api.dunning.NoticeCharge;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.ledger.Waiver;
import io.arrears.api.money.Money;
import io.arrears.core.interest.InterestCalculator;
import io.arrears.core.interest.Jurisdiction;
import io.arrears.core.interest.OverdueClaim;
import io.arrears.core.interest.PartialPayment;
import io.arrears.core.interest.RateTables;
import io.arrears.core.ledger.Ledger;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeChargesTest {

    private static final String CUSTOMER = "C-1";
    private static final LocalDate DUE = LocalDate.of(2024, 1, 15);
    private static final LocalDate PAID = LocalDate.of(2024, 3, 1);
    private static final LocalDate NOTICE = LocalDate.of(2024, 4, 30);

    private final NoticeCharges charges = new NoticeCharges(RateTables.bundledOnly());

    @Test
    void anInterestLevelChargesInterestOnTheDecliningBalanceTheCompensationAndTheFee() {
        List<LedgerEvent> events = germanInvoicePartlyPaid();

        NoticeCharges.Result result = charges.charges(proposal(4, true, "5.00", "EUR", "INV-1"), "DE", balances(events), NOTICE);

        // 1000.00 × 12.62 % × 45/365 (16 Jan – 29 Feb) + 600.00 × 12.62 % × 61/365 (1 Mar – 30 Apr) = 28.2135
        assertThat(result.charges()).containsExactly(
                NoticeCharge.interest(NoticeCharges.claimId("INT", "C-1/INV-1", "2024-04-30"), "C-1/INV-1", "INV-1", eur("28.21"), new BigDecimal("12.62"),
                        DUE.plusDays(1), NOTICE),
                NoticeCharge.fee(ChargeKind.COMPENSATION, NoticeCharges.claimId("COMP", "C-1/INV-1", ""), "C-1/INV-1", "INV-1", eur("40.00")),
                NoticeCharge.fee(ChargeKind.LEVEL_FEE, NoticeCharges.claimId("FEE", "C-1/INV-1", "L4"), "C-1/INV-1", "INV-1", eur("5.00")));
        assertThat(result.notes()).isEmpty();
        assertThat(result.fees(eur("0.00").currency())).isEqualTo(eur("45.00"));
        assertThat(charges.charges(proposal(4, true, "5.00", "EUR", "INV-1"), "DE", balances(events), NOTICE))
                .as("a pure function: same facts, same date, same charges").isEqualTo(result);
    }

    @Test
    void aLaterNoticeChargesOnlyTheDaysSinceTheLastInterestClaimAndTheClaimsAddUpToTheStatutoryTotal() {
        List<LedgerEvent> events = new ArrayList<>(germanInvoicePartlyPaid());
        NoticeCharges.Result first = charges.charges(proposal(3, true, "0.00", "EUR", "INV-1"), "DE", balances(events), NOTICE);
        events.addAll(NoticeDrafts.claims(NoticeDrafts.notice(proposal(3, true, "0.00", "EUR", "INV-1"), 1, NOTICE, true, first)));
        LocalDate later = LocalDate.of(2024, 8, 15);

        NoticeCharges.Result second = charges.charges(proposal(4, true, "0.00", "EUR", "INV-1"), "DE", balances(events), later);

        List<NoticeCharge> interest = second.charges().stream().filter(c -> c.kind() == ChargeKind.INTEREST).toList();
        assertThat(interest).extracting(c -> c.ratePercent().orElseThrow(), c -> c.from().orElseThrow(), c -> c.to().orElseThrow())
                .as("one line per rate: base rate 3.62 until June, 3.37 from July, + 9 points")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("12.62"), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 30)),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("12.37"), LocalDate.of(2024, 7, 1), later));
        Money total = InterestCalculator.bundled(Jurisdiction.DE)
                .compute(new OverdueClaim("INV-1", eur("1000.00"), DUE), List.of(new PartialPayment(PAID, eur("400.00"))), later)
                .interest();
        Money claimed = eur("28.21");
        for (NoticeCharge c : interest) {
            claimed = claimed.plus(c.amount());
        }
        assertThat(claimed).isEqualTo(total);
        assertThat(second.charges()).as("the compensation was charged by the first notice")
                .noneMatch(c -> c.kind() == ChargeKind.COMPENSATION);
    }

    @Test
    void aFeeOrCompensationAlreadyInTheLedgerIsNotChargedAgain() {
        List<LedgerEvent> events = new ArrayList<>(germanInvoicePartlyPaid());
        events.add(claim(NoticeCharges.claimId("FEE", "C-1/INV-1", "L4"), ItemKind.FEE, "5.00"));
        events.add(claim(NoticeCharges.claimId("COMP", "C-1/INV-1", ""), ItemKind.FEE, "40.00"));

        NoticeCharges.Result result = charges.charges(proposal(4, true, "5.00", "EUR", "INV-1"), "DE", balances(events), NOTICE);

        assertThat(result.charges()).extracting(NoticeCharge::kind).containsExactly(ChargeKind.INTEREST);
        assertThat(result.notes()).singleElement().asString().contains("level 4 fee", "already charged");
    }

    @Test
    void afterAWaiverNoFurtherInterestIsChargedOnThatInvoiceAndTheNoteSaysWhy() {
        List<LedgerEvent> events = new ArrayList<>(germanInvoicePartlyPaid());
        events.add(claim("INT:C-1/INV-1:2024-02-01", ItemKind.INTEREST, "5.00"));
        events.add(new LedgerEvent.ItemWaived(CUSTOMER, new Waiver("INT:C-1/INV-1:2024-02-01", "goodwill", "mia", LocalDate.of(2024, 2, 2))));

        NoticeCharges.Result result = charges.charges(proposal(3, true, "0.00", "EUR", "INV-1"), "DE", balances(events), NOTICE);

        assertThat(result.charges()).noneMatch(c -> c.kind() == ChargeKind.INTEREST);
        assertThat(result.notes()).singleElement().asString().contains("INV-1", "waived");
    }

    @Test
    void aPeriodWithoutARateIsLeftOffWithTheReasonUntilAnAdministratorAddsTheRate(@TempDir Path etc) throws IOException {
        List<LedgerEvent> events = List.of(invoice("TR-1", "250000.00", "TRY", LocalDate.of(2025, 3, 1)));
        LocalDate notice = LocalDate.of(2025, 8, 1);

        NoticeCharges.Result bundled = charges.charges(proposal(3, true, "0.00", "TRY", "TR-1"), "TR", balances(events), notice);

        assertThat(bundled.charges()).isEmpty();
        assertThat(bundled.notes()).singleElement().asString().contains("no interest on TR-1", "2025-06-30");

        Files.writeString(etc.resolve("TR.csv"), """
                valid_from,valid_to,reference_rate,source
                2025-01-01,2025-12-31,46.00,https://example.org/rg-test (test row)
                """);
        NoticeCharges.Result extended = new NoticeCharges(new RateTables(Optional.of(etc)))
                .charges(proposal(3, true, "0.00", "TRY", "TR-1"), "TR", balances(events), notice);

        assertThat(extended.notes()).isEmpty();
        assertThat(extended.charges()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChargeKind.INTEREST);
            // H2 2025 keeps the 31 Dec 2024 rate (49.25) unless the 30 Jun rate (46.00) differs by 5 points: it does not
            assertThat(c.ratePercent()).contains(new BigDecimal("49.25"));
        });

        Files.writeString(etc.resolve("TR.csv"), """
                valid_from,valid_to,reference_rate,source
                2025-01-01,2025-12-31,forty,somewhere
                """);
        NoticeCharges.Result broken = new NoticeCharges(new RateTables(Optional.of(etc)))
                .charges(proposal(3, true, "0.00", "TRY", "TR-1"), "TR", balances(events), notice);

        assertThat(broken.charges()).isEmpty();
        assertThat(broken.notes()).singleElement().asString().contains("TR.csv line 2", "forty");
    }

    @Test
    void polishCompensationStaysPendingWithTheReasonUntilTheNbpRateOfTheConversionDayIsInTheTable(@TempDir Path etc) throws IOException {
        List<LedgerEvent> events = List.of(invoice("PL-1", "12000.00", "PLN", DUE));
        RateTables tables = new RateTables(Optional.of(etc));

        NoticeCharges.Result pending = new NoticeCharges(tables).charges(proposal(3, true, "0.00", "PLN", "PL-1"), "PL", balances(events), NOTICE);

        assertThat(pending.charges()).extracting(NoticeCharge::kind).containsExactly(ChargeKind.INTEREST);
        assertThat(pending.notes()).singleElement().asString()
                .contains("fixed compensation on PL-1 pending", "EUR 70", "2023-12-29", "fx/EUR-PLN.csv", etc.toString());

        Files.createDirectories(etc.resolve("fx"));
        Files.writeString(etc.resolve("fx/EUR-PLN.csv"), """
                date,rate,source
                2023-12-28,4.3500,NBP 250/A/NBP/2023 (test)
                """);
        assertThat(new NoticeCharges(tables).charges(proposal(3, true, "0.00", "PLN", "PL-1"), "PL", balances(events), NOTICE).notes())
                .as("the rate of another day is never used").singleElement().asString().contains("pending", "2023-12-29");

        Files.writeString(etc.resolve("fx/EUR-PLN.csv"), """
                date,rate,source
                2023-12-28,4.3500,NBP 250/A/NBP/2023 (test)
                2023-12-29,4.3480,NBP 251/A/NBP/2023 (test)
                """);
        NoticeCharges.Result charged = new NoticeCharges(tables).charges(proposal(3, true, "0.00", "PLN", "PL-1"), "PL", balances(events), NOTICE);

        assertThat(charged.notes()).isEmpty();
        // 12,000 PLN is above 5,000 and below 50,000: EUR 70 × 4.3480 = 304.36 PLN
        assertThat(charged.charges()).filteredOn(c -> c.kind() == ChargeKind.COMPENSATION).containsExactly(
                NoticeCharge.fee(ChargeKind.COMPENSATION, NoticeCharges.claimId("COMP", "C-1/PL-1", ""), "C-1/PL-1", "PL-1",
                        Money.of("304.36", "PLN")));
    }

    @Test
    void polishConversionDaySkipsPolishHolidaysAndAnUnverifiedOrBrokenRateIsNotUsed(@TempDir Path etc) throws IOException {
        List<LedgerEvent> events = List.of(invoice("PL-2", "60000.00", "PLN", DUE));
        RateTables tables = new RateTables(Optional.of(etc));
        HolidayCalendar holidayOn29th = (country, day) -> country.equals("PL") && day.equals(LocalDate.of(2023, 12, 29))
                ? Optional.of("test holiday") : Optional.empty();
        Files.createDirectories(etc.resolve("fx"));
        Files.writeString(etc.resolve("fx/EUR-PLN.csv"), """
                date,rate,source
                2023-12-28,4.3500,NBP 250/A/NBP/2023 (test)
                2023-12-29,4.3480,unverified: typed from memory
                """);

        NoticeCharges.Result holiday = new NoticeCharges(tables, holidayOn29th)
                .charges(proposal(3, true, "0.00", "PLN", "PL-2"), "PL", balances(events), NOTICE);
        NoticeCharges.Result unverified = new NoticeCharges(tables).charges(proposal(3, true, "0.00", "PLN", "PL-2"), "PL", balances(events), NOTICE);

        assertThat(holiday.charges()).filteredOn(c -> c.kind() == ChargeKind.COMPENSATION).extracting(NoticeCharge::amount)
                .as("50,000 or more: EUR 100 × 4.3500 of 28 Dec").containsExactly(Money.of("435.00", "PLN"));
        assertThat(unverified.charges()).noneMatch(c -> c.kind() == ChargeKind.COMPENSATION);
        assertThat(unverified.notes()).singleElement().asString().contains("pending", "EUR 100", "unverified");

        Files.writeString(etc.resolve("fx/EUR-PLN.csv"), """
                date,rate,source
                2023-12-29,4,348,NBP
                """);
        assertThat(new NoticeCharges(tables).charges(proposal(3, true, "0.00", "PLN", "PL-2"), "PL", balances(events), NOTICE).notes())
                .singleElement().asString().contains("pending", "EUR-PLN.csv line 2", "rate '4'");
    }

    @Test
    void polishCompensationOnAnInvoiceNotInPlnIsLeftOffWithTheReason() {
        List<LedgerEvent> events = List.of(invoice("PL-3", "1000.00", "EUR", DUE));

        NoticeCharges.Result result = charges.charges(proposal(3, true, "0.00", "EUR", "PL-3"), "PL", balances(events), NOTICE);

        assertThat(result.charges()).noneMatch(c -> c.kind() == ChargeKind.COMPENSATION);
        assertThat(result.notes()).singleElement().asString().contains("no fixed compensation on PL-3", "in PLN", "EUR");
    }

    @Test
    void aCountryWithoutStatutoryRulesGetsNoInterestAndTheNoteSaysSo() {
        NoticeCharges.Result result = charges.charges(proposal(3, true, "0.00", "EUR", "INV-1"), "US",
                balances(germanInvoicePartlyPaid()), NOTICE);

        assertThat(result.charges()).isEmpty();
        assertThat(result.notes()).singleElement().asString().contains("country US");
    }

    @Test
    void compensationInAnotherCurrencyThanTheNoticeIsLeftOffWithTheReason() {
        List<LedgerEvent> events = List.of(invoice("INV-9", "500.00", "USD", DUE));

        NoticeCharges.Result result = charges.charges(proposal(3, true, "0.00", "USD", "INV-9"), "DE", balances(events), NOTICE);

        assertThat(result.charges()).extracting(NoticeCharge::kind).containsExactly(ChargeKind.INTEREST);
        assertThat(result.notes()).singleElement().asString().contains("no fixed compensation on INV-9", "EUR");
    }

    @Test
    void aLevelWithoutInterestOrFeeChargesNothing() {
        NoticeCharges.Result result = charges.charges(proposal(2, false, "0.00", "EUR", "INV-1"), "DE",
                balances(germanInvoicePartlyPaid()), NOTICE);

        assertThat(result.charges()).isEmpty();
        assertThat(result.notes()).isEmpty();
    }

    private static List<LedgerEvent> germanInvoicePartlyPaid() {
        return List.of(invoice("INV-1", "1000.00", "EUR", DUE),
                new LedgerEvent.PaymentRecorded(new Payment("bank-1", CUSTOMER, PAID, eur("400.00"), List.of("INV-1"), Optional.empty())));
    }

    private static LedgerEvent invoice(String number, String amount, String currency, LocalDate due) {
        return new LedgerEvent.ItemRecorded(Item.invoice(CUSTOMER + "/" + number, CUSTOMER, number, due.minusDays(30), due,
                Money.of(amount, currency)));
    }

    private static LedgerEvent claim(String id, ItemKind kind, String amount) {
        return new LedgerEvent.ItemRecorded(new Item(id, CUSTOMER, kind, id, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 1),
                eur(amount), Optional.of("INV-1"), Optional.empty()));
    }

    private static List<ItemBalance> balances(List<LedgerEvent> events) {
        return Ledger.replay(events).balances(CUSTOMER);
    }

    private static DunningProposal proposal(int level, boolean interest, String fee, String currency, String document) {
        Money residual = Money.of("600.00", currency);
        return new DunningProposal(CUSTOMER, level, "level-" + level,
                List.of(new ProposedItem(CUSTOMER + "/" + document, document, DUE, residual, Optional.empty())), residual,
                List.of(ContactChannel.EMAIL), Tone.FIRM, Money.of(fee, currency), interest, "de", Optional.empty(),
                ProposalStatus.READY, Instant.parse("2024-04-30T08:00:00Z"), "due");
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
