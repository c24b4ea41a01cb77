package io.arrears.core.call;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.Channel;
import io.arrears.api.ledger.Contact;
import io.arrears.api.ledger.ContactRole;
import io.arrears.api.ledger.Customer;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.money.Money;
import io.arrears.core.dunning.CountryDefaults;
import io.arrears.core.ledger.Ledger;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A debtor as the call and plan services need it: the {@link Customer} (language, zone and country from the ERP's
 * master data and the country defaults the dunning run uses) and the customer's replayed ledger.
 */
public final class DebtorLookup {

    /** The customer and the ledger replayed from the customer's journal. */
    public record Debtor(Customer customer, Ledger ledger) {

        /** What is outstanding on open claims in {@code currency}; the currency of the first open claim when empty. */
        public Money open(Optional<Currency> currency) {
            List<ItemBalance> open = ledger.balances(customer.erpCustomerId()).stream().filter(ItemBalance::isOpenClaim).toList();
            Currency chosen = currency.or(() -> open.stream().map(b -> b.outstanding().currency()).findFirst())
                    .orElse(Currency.getInstance("EUR"));
            return open.stream().map(ItemBalance::outstanding).filter(m -> m.currency().equals(chosen))
                    .reduce(Money.zero(chosen), Money::plus);
        }
    }

    private final CustomerRepository customers;
    private final LedgerEventRepository journal;
    private final CountryDefaults countries;
    private final String fallbackCountry;

    public DebtorLookup(CustomerRepository customers, LedgerEventRepository journal, CountryDefaults countries,
            String fallbackCountry) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.countries = Objects.requireNonNull(countries, "countries");
        this.fallbackCountry = Objects.requireNonNull(fallbackCountry, "fallbackCountry");
    }

    /** Empty when neither master data nor ledger events know the customer. */
    public Optional<Debtor> find(String erpCustomerId) {
        Optional<CustomerMasterData> master = customers.find(erpCustomerId);
        List<LedgerEvent> events = journal.findByCustomer(erpCustomerId);
        if (master.isEmpty() && events.isEmpty()) {
            return Optional.empty();
        }
        String country = master.map(CustomerMasterData::country).filter(c -> c != null && !c.isBlank())
                .map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> c.matches("[A-Z]{2}")).orElse(fallbackCountry);
        String name = master.map(CustomerMasterData::name).filter(n -> !n.isBlank()).orElse(erpCustomerId);
        // the contact persons by role; the billing e-mail alone when none are kept (or the list cannot be read)
        List<Contact> contacts = master.isEmpty() ? List.of() : contacts(erpCustomerId, master.get(), name);
        Customer customer = new Customer(erpCustomerId, erpCustomerId, name, countries.language(country), country,
                countries.zone(country), Channel.EMAIL, contacts, Optional.empty());
        return Optional.of(new Debtor(customer, Ledger.replay(events)));
    }

    private List<Contact> contacts(String erpCustomerId, CustomerMasterData master, String name) {
        try {
            return customers.contacts(erpCustomerId);
        } catch (IllegalArgumentException e) {
            return Optional.ofNullable(master.email()).filter(m -> !m.isBlank())
                    .map(m -> List.of(Contact.of(ContactRole.ACCOUNTS_PAYABLE, name, m.strip(), null))).orElse(List.of());
        }
    }
}
