package io.arrears.core.ledger;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.AgingReport;
import io.arrears.api.ledger.CurrencyPosition;
import io.arrears.api.ledger.CustomerOrder;
import io.arrears.api.ledger.CustomerProjection;
import io.arrears.api.ledger.CustomerTotals;
import io.arrears.api.ledger.LedgerReadModel;
import io.arrears.api.ledger.ProjectedClaim;
import io.arrears.api.ledger.CustomerAccount;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemPosition;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.api.ledger.Page;
import io.arrears.api.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link LedgerQueries}. With the persisted read model (production): lists, the worklist's overdue customers, one
 * customer's position and aging and portfolio aging come from it; only a customer's items replay that customer's own
 * events. Without it (small ledgers, tests): one customer's events for a customer's views, all events for the list and
 * the portfolio. Stateless: every call reads the store again.
 */
public final class LedgerQueriesImpl implements LedgerQueries {

    private final LedgerEventRepository events;
    private final CustomerRepository masterData;
    private final Optional<LedgerReadModel> readModel;
    private final Clock clock;
    private final AgingCalculator aging = new AgingCalculator();

    /** Lists and portfolio aging by replaying the whole journal (small ledgers, tests). */
    public LedgerQueriesImpl(LedgerEventRepository events, CustomerRepository masterData, Clock clock) {
        this(events, masterData, Optional.empty(), clock);
    }

    /** Lists and portfolio aging from the persisted read model when there is one. */
    public LedgerQueriesImpl(LedgerEventRepository events, CustomerRepository masterData, Optional<LedgerReadModel> readModel,
            Clock clock) {
        this.events = events;
        this.masterData = masterData;
        this.readModel = readModel;
        this.clock = clock;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public Page<CustomerAccount> customers(String text, int page, int size, LocalDate asOf) {
        return customers(text, page, size, asOf, CustomerOrder.ERP_ID);
    }

    @Override
    public Page<CustomerAccount> customers(String text, int page, int size, LocalDate asOf, CustomerOrder order) {
        requireAsOf(asOf);
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1, were " + page + " and " + size);
        }
        if (readModel.isPresent()) {
            // filtered, sorted and paged in the database; master data only for the page
            Page<CustomerProjection> found = readModel.get().customers(text, page, size, asOf, order);
            return new Page<>(found.items().stream().map(p -> account(p, masterData.find(p.customerId()), asOf)).toList(),
                    found.page(), found.size(), found.total());
        }
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Ledger ledger = Ledger.replay(events.findAll());
        // Master data is read for every customer because the filter matches names; paging comes after.
        List<CustomerAccount> matching = ledger.customerIds().stream()
                .sorted(Comparator.naturalOrder())
                .map(id -> account(ledger, id, masterData.find(id), asOf))
                .filter(a -> wanted.isEmpty() || matches(a, wanted))
                .sorted(order == CustomerOrder.OVERDUE ? BY_OVERDUE : Comparator.comparing(CustomerAccount::erpCustomerId))
                .toList();
        return Page.of(matching, page, size);
    }

    /** Most days past due first, then by ERP id: the same order as the read model's. */
    private static final Comparator<CustomerAccount> BY_OVERDUE = Comparator
            .comparingLong(CustomerAccount::maxDaysPastDue).reversed()
            .thenComparing(CustomerAccount::erpCustomerId);

    @Override
    public List<CustomerAccount> overdueCustomers(String text, LocalDate asOf) {
        requireAsOf(asOf);
        if (readModel.isEmpty()) {
            return LedgerQueries.super.overdueCustomers(text, asOf);
        }
        List<CustomerTotals> overdue = readModel.get().overdueCustomers(text, asOf);
        Map<String, CustomerMasterData> master = masterData.findAll(overdue.stream().map(CustomerTotals::customerId).toList());
        return overdue.stream().map(t -> account(t, Optional.ofNullable(master.get(t.customerId())), asOf)).toList();
    }

    @Override
    public Optional<CustomerAccount> customer(String erpCustomerId, LocalDate asOf) {
        requireAsOf(asOf);
        if (readModel.isPresent()) {
            return positioned(erpCustomerId).map(p -> account(p.projection(), p.master(), asOf));
        }
        return known(erpCustomerId).map(k -> account(k.ledger(), erpCustomerId, k.master(), asOf));
    }

    @Override
    public Optional<List<ItemPosition>> items(String erpCustomerId, LocalDate asOf) {
        requireAsOf(asOf);
        return known(erpCustomerId).map(k -> k.ledger().balances(erpCustomerId).stream()
                .map(b -> ItemPosition.at(b, asOf))
                .toList());
    }

    @Override
    public Optional<AgingReport> customerAging(String erpCustomerId, LocalDate asOf) {
        requireAsOf(asOf);
        if (readModel.isPresent()) {
            return positioned(erpCustomerId).map(p -> aging.customer(p.projection(), asOf));
        }
        return known(erpCustomerId).map(k -> aging.customer(k.ledger(), erpCustomerId, asOf));
    }

    @Override
    public AgingReport portfolioAging(LocalDate asOf) {
        requireAsOf(asOf);
        if (readModel.isPresent()) {
            return readModel.get().portfolioAging(asOf);
        }
        return aging.portfolio(Ledger.replay(events.findAll()), asOf);
    }

    private record Known(Ledger ledger, Optional<CustomerMasterData> master) {
    }

    private static void requireId(String erpCustomerId) {
        if (erpCustomerId == null || erpCustomerId.isBlank()) {
            throw new IllegalArgumentException("erpCustomerId must not be blank, was "
                    + (erpCustomerId == null ? "null" : "'" + erpCustomerId + "'"));
        }
    }

    private Optional<Known> known(String erpCustomerId) {
        requireId(erpCustomerId);
        List<LedgerEvent> own = events.findByCustomer(erpCustomerId);
        Optional<CustomerMasterData> master = masterData.find(erpCustomerId);
        if (own.isEmpty() && master.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Known(Ledger.replay(own), master));
    }

    private record Positioned(CustomerProjection projection, Optional<CustomerMasterData> master) {
    }

    /** A known customer's read-model position (empty for master data without ledger events): no journal read. */
    private Optional<Positioned> positioned(String erpCustomerId) {
        requireId(erpCustomerId);
        Optional<CustomerProjection> projection = readModel.orElseThrow().customer(erpCustomerId);
        Optional<CustomerMasterData> master = masterData.find(erpCustomerId);
        if (projection.isEmpty() && master.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Positioned(projection.orElseGet(() -> new CustomerProjection(erpCustomerId, List.of(), List.of())),
                master));
    }

    /** An account from sums the read model made in the database: the same figures {@link #account(CustomerProjection,
     * Optional, LocalDate)} computes from the single claims. */
    static CustomerAccount account(CustomerTotals totals, Optional<CustomerMasterData> master, LocalDate asOf) {
        long maxDaysPastDue = totals.oldestOpenDueDate().map(d -> ChronoUnit.DAYS.between(d, asOf)).orElse(0L);
        return new CustomerAccount(totals.customerId(),
                master.map(CustomerMasterData::name).filter(n -> !n.isBlank()),
                master.map(CustomerMasterData::country).filter(c -> !c.isBlank()),
                master.map(CustomerMasterData::email).filter(e -> !e.isBlank()),
                asOf, totals.positions(), totals.openClaims(), totals.oldestOpenDueDate(), Math.max(0, maxDaysPastDue));
    }

    private static CustomerAccount account(Ledger ledger, String id, Optional<CustomerMasterData> master, LocalDate asOf) {
        return account(LedgerProjectorImpl.project(ledger, id), master, asOf);
    }

    /** One account from a customer's projection: the replay and the read model share this arithmetic. */
    static CustomerAccount account(CustomerProjection projection, Optional<CustomerMasterData> master, LocalDate asOf) {
        String id = projection.customerId();
        List<ProjectedClaim> open = projection.openClaims();
        Map<String, Totals> byCurrency = new TreeMap<>();
        for (ProjectedClaim item : open) {
            Money outstanding = item.outstanding();
            Totals totals = byCurrency.computeIfAbsent(outstanding.currencyCode(), c -> Totals.zero(outstanding));
            boolean overdue = item.dueDate().isBefore(asOf);
            byCurrency.put(outstanding.currencyCode(), totals.add(outstanding, overdue));
        }
        for (Money credit : projection.credits()) {
            Totals totals = byCurrency.computeIfAbsent(credit.currencyCode(), c -> Totals.zero(credit));
            byCurrency.put(credit.currencyCode(), totals.withCredit(credit));
        }
        List<CurrencyPosition> positions = byCurrency.values().stream().map(Totals::position).toList();
        Optional<LocalDate> oldestDue = open.stream().map(ProjectedClaim::dueDate).min(Comparator.naturalOrder());
        return account(new CustomerTotals(id, positions, open.size(), oldestDue), master, asOf);
    }

    private static boolean matches(CustomerAccount account, String wanted) {
        return account.erpCustomerId().toLowerCase(Locale.ROOT).contains(wanted)
                || account.name().map(n -> n.toLowerCase(Locale.ROOT).contains(wanted)).orElse(false);
    }

    private static void requireAsOf(LocalDate asOf) {
        if (asOf == null) {
            throw new IllegalArgumentException("asOf must not be null");
        }
    }

    /** Running sums of one currency while a position is built. */
    private record Totals(Money outstanding, Money overdue, Money credit) {
        static Totals zero(Money like) {
            Money zero = Money.zero(like.currency());
            return new Totals(zero, zero, zero);
        }

        Totals add(Money amount, boolean isOverdue) {
            return new Totals(outstanding.plus(amount), isOverdue ? overdue.plus(amount) : overdue, credit);
        }

        Totals withCredit(Money amount) {
            return new Totals(outstanding, overdue, credit.plus(amount));
        }

        CurrencyPosition position() {
            return new CurrencyPosition(outstanding.currency(), outstanding, overdue, credit);
        }
    }
}
