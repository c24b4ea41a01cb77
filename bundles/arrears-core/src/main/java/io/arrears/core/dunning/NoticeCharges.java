package io.arrears.core.dunning;

import io.arrears.api.dunning.ChargeKind;
import io.arrears.api.dunning.NoticeCharge;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.money.Money;
import io.arrears.core.interest.ExchangeRateRow;
import io.arrears.core.interest.ExchangeRateTable;
import io.arrears.core.interest.InterestCalculator;
import io.arrears.core.interest.InterestComputation;
import io.arrears.core.interest.InterestSegment;
import io.arrears.core.interest.Jurisdiction;
import io.arrears.core.interest.OverdueClaim;
import io.arrears.core.interest.PartialPayment;
import io.arrears.core.interest.RateTable;
import io.arrears.core.interest.RateTableException;
import io.arrears.core.interest.RateTables;
import io.arrears.core.interest.RecoveryCompensation;
import io.arrears.core.interest.StatutoryRules;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a proposed notice charges besides the residuals, as a pure function of the customer's ledger balances, the
 * proposal (its level's fee and interest flag), the debtor's country, the rate tables and the notice date:
 * <ul>
 *   <li><b>interest</b> (level charges interest): statutory interest of the debtor's jurisdiction on each late invoice or
 *       instalment of the notice, on the declining balance after each payment ({@link InterestCalculator}), from the day
 *       after the due date — or after the last notice's interest claim — to the notice date; one line per rate;</li>
 *   <li><b>fixed compensation</b> (level charges interest): EUR 40 (EU, DE), GBP 40/70/100 (UK) or EUR 40/70/100
 *       converted to PLN at the NBP average EUR rate of the last Polish working day of the month before the due date
 *       (PL, rate from the {@code fx/EUR-PLN.csv} table) once per item;</li>
 *   <li><b>level fee</b> (level has a fee): once per level and item, on the first item of the notice not yet charged it.</li>
 * </ul>
 * Whatever cannot be charged is not guessed: it is left off with a note saying why (no rate for a period, no NBP EUR
 * rate for the conversion day, another currency, already charged, waived before).
 */
public final class NoticeCharges {

    private static final MathContext MC = MathContext.DECIMAL128;

    /** The charges of one notice and why anything was left off. */
    public record Result(List<NoticeCharge> charges, List<String> notes) {

        public Result {
            charges = List.copyOf(charges);
            notes = List.copyOf(notes);
        }

        /** The fee charges (level fee, compensation) in the notice's currency. */
        public Money fees(Currency currency) {
            Money sum = Money.zero(currency);
            for (NoticeCharge charge : charges) {
                if (charge.kind() != ChargeKind.INTEREST) {
                    sum = sum.plus(charge.amount());
                }
            }
            return sum;
        }
    }

    private static final String POLAND = "PL";

    private final RateTables rates;
    private final HolidayCalendar holidays;

    /** With the production holiday calendar (Polish working days for the PL compensation's conversion day). */
    public NoticeCharges(RateTables rates) {
        this(rates, new CountryHolidayCalendar());
    }

    public NoticeCharges(RateTables rates, HolidayCalendar holidays) {
        this.rates = Objects.requireNonNull(rates, "rates");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    public Result charges(DunningProposal proposal, String country, List<ItemBalance> customerBalances, LocalDate noticeDate) {
        Map<String, ItemBalance> byId = customerBalances.stream()
                .collect(Collectors.toMap(b -> b.item().id(), Function.identity(), (a, b) -> b));
        List<ItemBalance> principals = proposal.items().stream()
                .map(i -> byId.get(i.itemId()))
                .filter(Objects::nonNull)
                .filter(b -> b.item().kind() == ItemKind.INVOICE || b.item().kind() == ItemKind.INSTALMENT)
                .toList();
        List<NoticeCharge> charges = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (proposal.chargeInterest()) {
            Optional<Jurisdiction> jurisdiction = Jurisdiction.forCountry(country);
            if (jurisdiction.isEmpty()) {
                notes.add("no interest or fixed compensation: Arrears knows no statutory late-payment rule for country " + country);
            } else {
                interest(jurisdiction.get(), principals, customerBalances, byId, noticeDate, charges, notes);
                for (ItemBalance principal : principals) {
                    compensation(jurisdiction.get(), principal, byId, noticeDate, proposal.total().currency(), charges, notes);
                }
            }
        }
        if (proposal.fee().isPositive()) {
            levelFee(proposal, principals, byId, charges, notes);
        }
        return new Result(charges, notes);
    }

    private void interest(Jurisdiction jurisdiction, List<ItemBalance> principals, List<ItemBalance> all,
            Map<String, ItemBalance> byId, LocalDate noticeDate, List<NoticeCharge> charges, List<String> notes) {
        RateTable table;
        try {
            table = rates.table(jurisdiction);
        } catch (RateTableException e) {
            notes.add("no interest: the " + jurisdiction + " rate table cannot be used: " + e.getMessage());
            return;
        }
        InterestCalculator calculator = new InterestCalculator(StatutoryRules.of(jurisdiction), table);
        for (ItemBalance principal : principals) {
            String document = principal.item().documentNumber();
            if (!principal.item().dueDate().isBefore(noticeDate)) {
                continue;
            }
            List<ItemBalance> earlier = all.stream()
                    .filter(b -> b.item().kind() == ItemKind.INTEREST)
                    .filter(b -> b.item().parentDocumentNumber().equals(Optional.of(document)))
                    .toList();
            Optional<ItemBalance> waived = earlier.stream().filter(b -> b.status() == ItemStatus.WAIVED).findFirst();
            if (waived.isPresent()) {
                notes.add("no interest on " + document + ": interest claim " + waived.get().item().id()
                        + " was waived, so no further interest is charged on it");
                continue;
            }
            LocalDate from = earlier.stream().map(b -> b.item().issueDate()).max(Comparator.naturalOrder())
                    .map(d -> d.plusDays(1)).orElse(principal.item().dueDate().plusDays(1));
            if (from.isAfter(noticeDate)) {
                continue;
            }
            List<PartialPayment> payments = principal.allocations().stream()
                    .filter(a -> !a.valueDate().isAfter(noticeDate))
                    .map(a -> new PartialPayment(a.valueDate(), a.amount()))
                    .toList();
            try {
                InterestComputation computed = calculator.compute(
                        new OverdueClaim(document, principal.item().amount(), principal.item().dueDate()), payments, noticeDate);
                Optional<InterestSegment> unverified = computed.segments().stream()
                        .filter(s -> !s.to().isBefore(from) && !s.reference().verified()).findFirst();
                if (unverified.isPresent()) {
                    notes.add("no interest on " + document + ": the " + jurisdiction + " rate for " + unverified.get().from()
                            + " is marked unverified (" + unverified.get().reference().source() + ")");
                    continue;
                }
                charges.addAll(lines(principal, computed, from, noticeDate, claimId("INT", principal.item().id(), noticeDate.toString())));
            } catch (IllegalArgumentException e) { // includes RateTableException: a period without a rate
                notes.add("no interest on " + document + " (" + jurisdiction + "): " + e.getMessage());
            }
        }
    }

    /**
     * The interest of days {@code from..to} as lines per rate, each rounded so that the lines add up exactly to
     * round(accrued to {@code to}) − round(accrued before {@code from}): interest claimed on successive notices then
     * adds up to the rounded total, never a cent more or less.
     */
    private static List<NoticeCharge> lines(ItemBalance principal, InterestComputation computed, LocalDate from, LocalDate to,
            String claimId) {
        Currency currency = principal.item().amount().currency();
        BigDecimal before = BigDecimal.ZERO;
        record Piece(LocalDate from, LocalDate to, BigDecimal rate, BigDecimal interest) {
        }
        List<Piece> pieces = new ArrayList<>();
        for (InterestSegment s : computed.segments()) {
            if (s.to().isBefore(from)) {
                before = before.add(s.interest(), MC);
                continue;
            }
            LocalDate start = s.from().isBefore(from) ? from : s.from();
            long days = java.time.temporal.ChronoUnit.DAYS.between(start, s.to()) + 1;
            BigDecimal inRange = s.interest().multiply(BigDecimal.valueOf(days), MC).divide(BigDecimal.valueOf(s.days()), MC);
            before = before.add(s.interest().subtract(inRange, MC), MC);
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && last.rate().compareTo(s.annualRatePercent()) == 0) {
                pieces.set(pieces.size() - 1, new Piece(last.from(), s.to(), last.rate(), last.interest().add(inRange, MC)));
            } else {
                pieces.add(new Piece(start, s.to(), s.annualRatePercent(), inRange));
            }
        }
        List<NoticeCharge> lines = new ArrayList<>();
        BigDecimal cumulative = before;
        for (Piece piece : pieces) {
            Money start = Money.rounded(cumulative, currency);
            cumulative = cumulative.add(piece.interest(), MC);
            Money amount = Money.rounded(cumulative, currency).minus(start);
            if (amount.isPositive()) {
                lines.add(NoticeCharge.interest(claimId, principal.item().id(), principal.item().documentNumber(), amount,
                        piece.rate().stripTrailingZeros(), piece.from(), piece.to()));
            }
        }
        return lines;
    }

    private void compensation(Jurisdiction jurisdiction, ItemBalance principal, Map<String, ItemBalance> byId,
            LocalDate noticeDate, Currency noticeCurrency, List<NoticeCharge> charges, List<String> notes) {
        String id = claimId("COMP", principal.item().id(), "");
        String document = principal.item().documentNumber();
        if (byId.containsKey(id) || !principal.item().dueDate().isBefore(noticeDate)) {
            return;
        }
        Optional<Money> sum;
        switch (jurisdiction) {
            case PL -> sum = polish(principal, notes);
            case UK -> {
                if (!principal.item().amount().currencyCode().equals("GBP")) {
                    notes.add("no fixed compensation on " + document + ": the UK bands are in GBP and the invoice is in "
                            + principal.item().amount().currencyCode());
                    return;
                }
                sum = RecoveryCompensation.forClaim(jurisdiction, principal.item().amount());
            }
            default -> sum = RecoveryCompensation.forClaim(jurisdiction, principal.item().amount());
        }
        if (sum.isEmpty()) {
            return; // TR, IL: no fixed sum in law; PL: pending, the note says why
        }
        if (!sum.get().currency().equals(noticeCurrency)) {
            notes.add("no fixed compensation on " + document + ": the statutory " + sum.get() + " is in another currency than the "
                    + noticeCurrency.getCurrencyCode() + " notice and Arrears holds no exchange rate");
            return;
        }
        charges.add(NoticeCharge.fee(ChargeKind.COMPENSATION, id, principal.item().id(), document, sum.get()));
    }

    /**
     * PL art. 10: EUR 40/70/100 by the PLN value of the invoice, converted at the NBP average EUR rate published on the
     * last Polish working day of the month before the due date. Empty, with a note saying the compensation is pending
     * and why, when the invoice is not in PLN or the rate of exactly that day is not in the table.
     */
    private Optional<Money> polish(ItemBalance principal, List<String> notes) {
        String document = principal.item().documentNumber();
        Money amount = principal.item().amount();
        if (!amount.currencyCode().equals("PLN")) {
            notes.add("no fixed compensation on " + document + ": the PL bands are in PLN and the invoice is in " + amount.currencyCode());
            return Optional.empty();
        }
        BigDecimal euro = RecoveryCompensation.polishEuroSum(amount);
        LocalDate day = RecoveryCompensation.polishConversionDay(principal.item().dueDate(), this::polishWorkingDay);
        String pending = "fixed compensation on " + document + " pending: EUR " + euro.toPlainString() + " is converted at the NBP"
                + " average EUR rate of " + day + " (last working day of the month before the due date " + principal.item().dueDate() + ")";
        ExchangeRateTable table;
        try {
            table = rates.exchangeTable("EUR", "PLN");
        } catch (RateTableException e) {
            notes.add(pending + ", but the EUR-PLN table cannot be used: " + e.getMessage());
            return Optional.empty();
        }
        Optional<ExchangeRateRow> rate = table.rateOn(day);
        if (rate.isEmpty()) {
            notes.add(pending + ", which " + table.name() + " does not hold; an administrator adds it to "
                    + rates.exchangeOverlayFile("EUR", "PLN").map(Object::toString).orElse("the rates folder's fx/EUR-PLN.csv"));
            return Optional.empty();
        }
        if (!rate.get().verified()) {
            notes.add(pending + ", and that rate is marked unverified (" + rate.get().source() + ")");
            return Optional.empty();
        }
        return Optional.of(RecoveryCompensation.forPolishClaim(amount, rate.get().rate()));
    }

    private boolean polishWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && holidays.publicHoliday(POLAND, day).isEmpty();
    }

    private static void levelFee(DunningProposal proposal, List<ItemBalance> principals, Map<String, ItemBalance> byId,
            List<NoticeCharge> charges, List<String> notes) {
        if (principals.isEmpty()) {
            notes.add("no level " + proposal.level() + " fee: the notice only reminds of earlier fee and interest claims");
            return;
        }
        for (ProposedItem item : proposal.items()) {
            String id = claimId("FEE", item.itemId(), "L" + proposal.level());
            boolean principal = principals.stream().anyMatch(p -> p.item().id().equals(item.itemId()));
            if (principal && !byId.containsKey(id)) {
                charges.add(NoticeCharge.fee(ChargeKind.LEVEL_FEE, id, item.itemId(), item.documentNumber(), proposal.fee()));
                return;
            }
        }
        notes.add("no level " + proposal.level() + " fee: it was already charged for every item of this notice");
    }

    /**
     * The ledger id of a charge claim: kind, a suffix (level, date) and a digest of the item id, e.g.
     * {@code FEE-L4-1f3a…}. Deterministic, so the journal's unique key refuses the same claim twice, and free of the
     * slashes item ids contain, so it can stand in a URL path ({@code /claims/{claimId}/waiver}).
     */
    public static String claimId(String kind, String itemId, String suffix) {
        return kind + "-" + (suffix.isEmpty() ? "" : suffix + "-") + NoticeDrafts.sha256(itemId).substring(0, 24);
    }

    /** The document number of a charge claim in the ledger (at most 64 characters). */
    static String claimDocument(ChargeKind kind, String documentNumber) {
        String prefix = switch (kind) {
            case INTEREST -> "INT-";
            case LEVEL_FEE -> "FEE-";
            case COMPENSATION -> "COMP-";
        };
        String document = prefix + documentNumber;
        return document.length() <= 64 ? document : document.substring(0, 64);
    }
}
