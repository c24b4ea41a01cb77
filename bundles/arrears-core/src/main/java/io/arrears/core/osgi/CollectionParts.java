package io.arrears.core.osgi;

import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.core.call.DebtorLookup;
import io.arrears.core.dunning.CountryDefaults;
import java.time.ZoneId;

/** What the call, plan and monitor components build the same way from the dunning run's configuration. */
final class CollectionParts {

    private CollectionParts() {
    }

    static CountryDefaults countries(DunningRunConfig config) {
        return CountryDefaults.bundled(ZoneId.of(config.default_zone()), config.default_language());
    }

    static DebtorLookup debtors(DunningRunConfig config, CustomerRepository customers, LedgerEventRepository journal) {
        return new DebtorLookup(customers, journal, countries(config), config.default_country());
    }
}
