package io.arrears.core.dunning;

import io.arrears.api.dunning.NoticeHistory;
import io.arrears.api.dunning.NoticeMark;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.core.ledger.Ledger;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Adapts the ledger, the customer master data and the executed notices to the engine's input.
 *
 * <p>Fallbacks, because the ERP master data carries only a country: the zone and language come from
 * the country ({@link CountryDefaults}); a customer without a country gets {@code fallbackCountry}
 * (configured, the creditor's own country is the sensible choice). Blocks and disputes are not recorded
 * anywhere yet, so no item or customer is blocked by this adapter.
 */
public final class LedgerDunningFacts {

    private final CountryDefaults countries;
    private final String fallbackCountry;

    public LedgerDunningFacts(CountryDefaults countries, String fallbackCountry) {
        this.countries = Objects.requireNonNull(countries, "countries");
        this.fallbackCountry = checkedCountry(fallbackCountry, "fallback country");
    }

    public DebtorFacts debtor(CustomerMasterData customer, NoticeHistory history) {
        String country = customer.country() == null || customer.country().isBlank()
                ? fallbackCountry
                : customer.country().strip().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country of customer " + customer.erpCustomerId() + " is '" + customer.country()
                    + "': expected an ISO 3166 alpha-2 code");
        }
        return new DebtorFacts(customer.erpCustomerId(), country, countries.zone(country), countries.language(country),
                history.lastContact(), Optional.empty(), Optional.empty());
    }

    /** The customer's open claims with their residuals and the last executed notice of each. */
    public List<DunnableItem> items(Ledger ledger, String customerId, NoticeHistory history) {
        return ledger.balances(customerId).stream()
                .filter(ItemBalance::isOpenClaim)
                .filter(b -> b.outstanding().isPositive())
                .map(b -> new DunnableItem(b.item().id(), customerId, b.item().documentNumber(), b.item().dueDate(),
                        b.outstanding(), Optional.empty(), false,
                        Optional.ofNullable(history.lastNoticeByItem().get(b.item().id())).map(LedgerDunningFacts::lastNotice)))
                .toList();
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
