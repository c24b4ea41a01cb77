package io.arrears.bench;

import io.arrears.api.money.Money;
import io.arrears.core.dunning.DebtorFacts;
import io.arrears.core.dunning.DunnableItem;
import io.arrears.core.dunning.LastNotice;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Deterministic test portfolios: the same seed, sizes and instant give the same customers and
 * items. Customers are spread over six countries with their zones and currencies; items fall due
 * over the last 200 days and the next 30; some carry a last notice, some are blocked, disputed or
 * paid (zero residual), and a few customers are blocked or were contacted in the last days.
 */
public final class PortfolioGenerator {

    /** Due dates run from this many days before the decision date ... */
    static final int DAYS_BACK = 200;
    /** ... to this many days after it. */
    static final int DAYS_AHEAD = 30;

    private record Country(String code, ZoneId zone, String language, Currency currency) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("DE", ZoneId.of("Europe/Berlin"), "de-DE", Currency.getInstance("EUR")),
            new Country("PL", ZoneId.of("Europe/Warsaw"), "pl-PL", Currency.getInstance("PLN")),
            new Country("TR", ZoneId.of("Europe/Istanbul"), "tr-TR", Currency.getInstance("TRY")),
            new Country("GB", ZoneId.of("Europe/London"), "en-GB", Currency.getInstance("GBP")),
            new Country("IL", ZoneId.of("Asia/Jerusalem"), "he-IL", Currency.getInstance("ILS")),
            new Country("NL", ZoneId.of("Europe/Amsterdam"), "nl-NL", Currency.getInstance("EUR")));

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final int MAX_NOTICE_LEVEL = 4;

    private final long seed;

    public PortfolioGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * @param customers how many customers (at least 1)
     * @param items     how many items in total, spread at random over the customers (at least 0)
     * @param asOf      the decision instant; due dates and notices are placed around its UTC date
     */
    public Portfolio generate(int customers, int items, Instant asOf) {
        if (customers < 1) {
            throw new IllegalArgumentException("customers is " + customers + ": need at least 1");
        }
        if (items < 0) {
            throw new IllegalArgumentException("items is " + items + ": cannot be negative");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] itemsPerCustomer = new int[customers];
        for (int i = 0; i < items; i++) {
            itemsPerCustomer[random.nextInt(customers)]++;
        }
        LocalDate today = LocalDate.ofInstant(asOf, ZoneId.of("UTC"));
        List<Portfolio.CustomerItems> result = new ArrayList<>(customers);
        int itemNumber = 0;
        for (int c = 0; c < customers; c++) {
            Country country = COUNTRIES.get(c % COUNTRIES.size());
            String customerId = String.format("C%07d", c);
            DebtorFacts debtor = debtor(customerId, country, asOf, random);
            List<DunnableItem> customerItems = new ArrayList<>(itemsPerCustomer[c]);
            for (int i = 0; i < itemsPerCustomer[c]; i++) {
                customerItems.add(item(customerId, itemNumber++, country, today, random));
            }
            result.add(new Portfolio.CustomerItems(debtor, customerItems));
        }
        return new Portfolio(asOf, result);
    }

    private static DebtorFacts debtor(String customerId, Country country, Instant asOf, SplittableRandom random) {
        // 30 % were contacted in the last 5 days (some still under the frequency cap), 2 % are blocked
        Optional<Instant> lastContact = random.nextInt(100) < 30
                ? Optional.of(asOf.minus(Duration.ofMinutes(random.nextInt(5 * 24 * 60))))
                : Optional.empty();
        Optional<String> blocked = random.nextInt(100) < 2 ? Optional.of("insolvency proceedings") : Optional.empty();
        return new DebtorFacts(customerId, country.code(), country.zone(), country.language(), lastContact, blocked,
                Optional.empty());
    }

    private static DunnableItem item(String customerId, int number, Country country, LocalDate today, SplittableRandom random) {
        LocalDate due = today.plusDays(random.nextInt(-DAYS_BACK, DAYS_AHEAD + 1));
        // 10 % of the items of non-euro customers are invoiced in EUR (two currencies per customer)
        Currency currency = !country.currency().equals(EUR) && random.nextInt(100) < 10 ? EUR : country.currency();
        int roll = random.nextInt(100);
        Money residual = roll < 8
                ? Money.zero(currency)
                : new Money(BigDecimal.valueOf(random.nextLong(100, 500_000), 2), currency);
        Optional<String> blocked = roll >= 8 && roll < 11 ? Optional.of("promise to pay") : Optional.empty();
        boolean disputed = roll >= 11 && roll < 13;
        return new DunnableItem(
                "I" + number,
                customerId,
                "INV-" + (100_000_000 + number),
                due,
                residual,
                blocked,
                disputed,
                lastNotice(due, today, random));
    }

    /** Half of the items already due carry a notice, sent between the due date and yesterday. */
    private static Optional<LastNotice> lastNotice(LocalDate due, LocalDate today, SplittableRandom random) {
        long daysPastDue = today.toEpochDay() - due.toEpochDay();
        if (daysPastDue < 2 || random.nextBoolean()) {
            return Optional.empty();
        }
        int level = 1 + random.nextInt(MAX_NOTICE_LEVEL);
        LocalDate sentOn = due.plusDays(random.nextLong(1, daysPastDue));
        return Optional.of(new LastNotice(level, sentOn));
    }
}
