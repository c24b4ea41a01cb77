package io.arrears.api.intake;

import io.arrears.api.ledger.Contact;
import io.arrears.api.ledger.ContactRole;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customer master data as imported from the ERP, keyed by the ERP customer id. */
public interface CustomerRepository {

    /** Inserts the customer or updates name, country, billing e-mail and segment (a null e-mail or segment keeps the stored one). */
    void upsert(CustomerMasterData customer);

    Optional<CustomerMasterData> find(String erpCustomerId);

    /**
     * The customer's contact persons, at most one per role (accounts-payable clerk, decision maker, escalation contact).
     * The billing e-mail of the ERP documents is the {@link ContactRole#ACCOUNTS_PAYABLE} contact's e-mail. A contact
     * stored without a name carries the customer's name. Without stored contacts: the billing e-mail alone.
     */
    default List<Contact> contacts(String erpCustomerId) {
        return find(erpCustomerId).filter(c -> c.email() != null && !c.email().isBlank())
                .map(c -> List.of(Contact.of(ContactRole.ACCOUNTS_PAYABLE, c.name(), c.email().strip(), null)))
                .orElse(List.of());
    }

    /**
     * Makes {@code contacts} the customer's contact persons (one per role); an import's billing e-mail later updates
     * the accounts-payable contact's e-mail only.
     *
     * @throws IllegalArgumentException when the customer is unknown or a role appears twice
     */
    default void replaceContacts(String erpCustomerId, List<Contact> contacts) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no contact persons");
    }

    /**
     * The master data of those of {@code erpCustomerIds} that have some, by ERP id. Stores override this to read many
     * customers in a few queries (the worklist reads every overdue customer's name).
     */
    default Map<String, CustomerMasterData> findAll(Collection<String> erpCustomerIds) {
        Map<String, CustomerMasterData> found = new LinkedHashMap<>();
        erpCustomerIds.forEach(id -> find(id).ifPresent(m -> found.put(id, m)));
        return found;
    }
}
