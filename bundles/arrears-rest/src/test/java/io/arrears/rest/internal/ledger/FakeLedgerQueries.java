package io.arrears.rest.internal.ledger;

import io.arrears.api.ledger.AgingReport;
import io.arrears.api.ledger.CustomerAccount;
import io.arrears.api.ledger.ItemPosition;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.api.ledger.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Canned answers for resource tests; records the as-of dates asked for. */
public class FakeLedgerQueries implements LedgerQueries {

    public static final LocalDate TODAY = LocalDate.of(2025, 3, 31);

    public final Map<String, CustomerAccount> accounts = new TreeMap<>();
    public final Map<String, List<ItemPosition>> items = new TreeMap<>();
    final List<LocalDate> asked = new ArrayList<>();

    @Override
    public LocalDate today() {
        return TODAY;
    }

    @Override
    public Page<CustomerAccount> customers(String text, int page, int size, LocalDate asOf) {
        asked.add(asOf);
        return Page.of(List.copyOf(accounts.values()), page, size);
    }

    @Override
    public Optional<CustomerAccount> customer(String erpCustomerId, LocalDate asOf) {
        asked.add(asOf);
        return Optional.ofNullable(accounts.get(erpCustomerId));
    }

    @Override
    public Optional<List<ItemPosition>> items(String erpCustomerId, LocalDate asOf) {
        asked.add(asOf);
        return accounts.containsKey(erpCustomerId)
                ? Optional.of(items.getOrDefault(erpCustomerId, List.of()))
                : Optional.empty();
    }

    @Override
    public Optional<AgingReport> customerAging(String erpCustomerId, LocalDate asOf) {
        asked.add(asOf);
        return accounts.containsKey(erpCustomerId)
                ? Optional.of(new AgingReport(asOf, Optional.of(erpCustomerId), List.of()))
                : Optional.empty();
    }

    @Override
    public AgingReport portfolioAging(LocalDate asOf) {
        asked.add(asOf);
        return new AgingReport(asOf, Optional.empty(), List.of());
    }
}
