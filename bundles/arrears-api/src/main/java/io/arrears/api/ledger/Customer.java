package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A debtor: a customer of the ERP's company.
 *
 * @param id                  the Arrears id
 * @param erpCustomerId       the id in the ERP
 * @param language            BCP 47 tag of the language letters are written in, e.g. "tr", "de-AT"
 * @param country             ISO 3166-1 alpha-2 code (upper case), decides law and holidays
 * @param timeZone            for quiet hours
 * @param contacts            may be empty
 * @param externalCreditScore optional
 */
public record Customer(
        String id,
        String erpCustomerId,
        String name,
        String language,
        String country,
        ZoneId timeZone,
        Channel preferredChannel,
        List<Contact> contacts,
        Optional<CreditScore> externalCreditScore) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Customer {
        Checks.text(id, "Customer", "id");
        Checks.text(erpCustomerId, "Customer", "erpCustomerId");
        Checks.text(name, "Customer", "name");
        Checks.text(language, "Customer", "language");
        Locale locale = Locale.forLanguageTag(language);
        if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(language)) {
            throw new IllegalArgumentException("Customer.language is not a well-formed BCP 47 tag: '" + language + "'");
        }
        Checks.text(country, "Customer", "country");
        if (!COUNTRIES.contains(country)) {
            throw new IllegalArgumentException(
                    "Customer.country is not an ISO 3166-1 alpha-2 code (upper case): '" + country + "'");
        }
        Checks.present(timeZone, "Customer", "timeZone");
        Checks.present(preferredChannel, "Customer", "preferredChannel");
        contacts = Checks.list(contacts, "Customer", "contacts");
        externalCreditScore = Checks.optional(externalCreditScore);
    }

    /** The language as a {@link Locale} combined with the country, for formatting numbers and dates. */
    public Locale locale() {
        Locale lang = Locale.forLanguageTag(language);
        return lang.getCountry().isEmpty() ? new Locale(lang.getLanguage(), country) : lang;
    }

    /** The contacts with the given role, in the order given. */
    public List<Contact> contacts(ContactRole role) {
        return contacts.stream().filter(c -> c.role() == role).toList();
    }
}
