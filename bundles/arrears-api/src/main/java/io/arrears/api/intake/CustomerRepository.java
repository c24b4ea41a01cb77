package io.arrears.api.intake;

import java.util.Optional;

/** Customer master data as imported from the ERP, keyed by the ERP customer id. */
public interface CustomerRepository {

    /** Inserts the customer or updates name, country, billing e-mail and segment (a null e-mail or segment keeps the stored one). */
    void upsert(CustomerMasterData customer);

    Optional<CustomerMasterData> find(String erpCustomerId);
}
