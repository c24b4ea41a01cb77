package io.arrears.api.intake;

import java.util.Objects;

/**
 * What an ERP document tells about its buyer; kept current with every import.
 *
 * @param erpCustomerId the customer's id in the ERP, also the ledger's customer id
 * @param name          the buyer's name
 * @param country       ISO 3166-1 alpha-2, may be null
 * @param email         billing e-mail (accounts payable), may be null
 */
public record CustomerMasterData(String erpCustomerId, String name, String country, String email) {

    public CustomerMasterData {
        Objects.requireNonNull(erpCustomerId, "erpCustomerId");
        Objects.requireNonNull(name, "name");
        if (erpCustomerId.isBlank()) {
            throw new IllegalArgumentException("CustomerMasterData.erpCustomerId is blank");
        }
    }
}
