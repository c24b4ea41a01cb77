package io.arrears.core.dunning;

import io.arrears.api.dunning.BlockReason;
import io.arrears.api.dunning.DunningBlock;
import io.arrears.api.dunning.NoticeHistory;
import io.arrears.api.dunning.NoticeMark;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.core.ledger.Ledger;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Adapts the ledger, the customer master data and the executed notices to the engine's input.
 *
 * <p>Fallbacks, because the ERP master data carries only a country: the zone and language come from
 * the country ({@link CountryDefaults}); a customer without a country gets {@code fallbackCountry}
 * (configured, the creditor's own country is the sensible choice).
 *
 * <p>Blocks: the customer's active {@link DunningBlock}s. A block without an item blocks the whole customer
 * ({@link DebtorFacts#blockReason()}, e.g. {@code "DISPUTE: amount contested"}); an item block blocks that item, and a
 * {@link BlockReason#DISPUTE} block also marks it disputed. Several blocks on one target are joined with "; ".
 */
public final class LedgerDunningFacts {

    private final CountryDefaults countries;
    private final String fallbackCountry;

    public LedgerDunningFacts(CountryDefaults countries, String fallbackCountry) {
        this.countries = Objects.requireNonNull(countries, "countries");
        this.fallbackCountry = checkedCountry(fallbackCountry, "fallback country");
    }

    public DebtorFacts debtor(CustomerMasterData customer, NoticeHistory history) {
        return debtor(customer, history, List.of());
    }

    public DebtorFacts debtor(CustomerMasterData customer, NoticeHistory history, List<DunningBlock> activeBlocks) {
        String country = customer.country() == null || customer.country().isBlank()
                ? fallbackCountry
                : customer.country().strip().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country of customer " + customer.erpCustomerId() + " is '" + customer.country()
                    + "': expected an ISO 3166 alpha-2 code");
        }
        return new DebtorFacts(customer.erpCustomerId(), country, countries.zone(country), countries.language(country),
                history.lastContact(), reasons(activeBlocks, customer.erpCustomerId(), Optional.empty()), Optional.empty());
    }

    /** The customer's open claims with their residuals and the last executed notice of each. */
    public List<DunnableItem> items(Ledger ledger, String customerId, NoticeHistory history) {
        return items(ledger, customerId, history, List.of());
    }

    /** Like {@link #items(Ledger, String, NoticeHistory)}, with the item blocks among {@code activeBlocks} applied. */
    public List<DunnableItem> items(Ledger ledger, String customerId, NoticeHistory history, List<DunningBlock> activeBlocks) {
        return ledger.balances(customerId).stream()
                .filter(ItemBalance::isOpenClaim)
                .filter(b -> b.outstanding().isPositive())
                .map(b -> new DunnableItem(b.item().id(), customerId, b.item().documentNumber(), b.item().dueDate(),
                        b.outstanding(), reasons(activeBlocks, customerId, Optional.of(b.item().id())),
                        disputed(activeBlocks, customerId, b.item().id()),
                        Optional.ofNullable(history.lastNoticeByItem().get(b.item().id())).map(LedgerDunningFacts::lastNotice),
                        advance(history, b.item().id())))
                .toList();
    }

    /** The pending advances (broken promises or plans) that cover the item, described; empty when none does. */
    private static Optional<String> advance(NoticeHistory history, String itemId) {
        String joined = history.advances().stream()
                .filter(a -> a.covers(itemId))
                .map(a -> a.subjectId() + " broken (" + a.reason() + ")")
                .collect(Collectors.joining("; "));
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    /** The active blocks on exactly this target (the whole customer when {@code itemId} is empty), described. */
    private static Optional<String> reasons(List<DunningBlock> blocks, String customerId, Optional<String> itemId) {
        String joined = blocks.stream()
                .filter(b -> b.active() && b.customerId().equals(customerId) && b.itemId().equals(itemId))
                .map(DunningBlock::describe)
                .collect(Collectors.joining("; "));
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    private static boolean disputed(List<DunningBlock> blocks, String customerId, String itemId) {
        return blocks.stream().anyMatch(b -> b.active() && b.reason() == BlockReason.DISPUTE
                && b.customerId().equals(customerId) && b.itemId().equals(Optional.of(itemId)));
    }

    public static LastNotice lastNotice(NoticeMark mark) {
        return new LastNotice(mark.level(), mark.sentOn());
    }

    private static String checkedCountry(String country, String what) {
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(what + " is '" + country + "': expected an ISO 3166 alpha-2 code");
        }
        return country;
    }
}
