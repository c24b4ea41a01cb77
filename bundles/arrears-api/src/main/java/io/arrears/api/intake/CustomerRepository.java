package io.arrears.api.intake;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Customer master data as imported from the ERP, keyed by the ERP customer id. */
public interface CustomerRepository {

    /** Inserts the customer or updates name, country and billing e-mail (null e-mail keeps the stored one). */
    void upsert(CustomerMasterData customer);

    Optional<CustomerMasterData> find(String erpCustomerId);

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
