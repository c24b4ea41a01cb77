package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a collector sees first about a customer: master data from the ERP and the ledger's position
 * at a date. A customer is known when the ERP sent master data or the ledger has events for it.
 *
 * @param erpCustomerId     the ERP's id, also the ledger's customer id
 * @param name              from the ERP master data; empty when only ledger events are known
 * @param country           ISO 3166-1 alpha-2 from the master data, if given
 * @param email             billing e-mail from the master data, if given
 * @param positions         one per currency with open claims or credit, by currency code
 * @param openClaims        the number of open claims
 * @param oldestOpenDueDate due date of the oldest open claim
 * @param maxDaysPastDue    days past due of the oldest overdue claim; 0 when nothing is overdue
 */
public record CustomerAccount(
        String erpCustomerId,
        Optional<String> name,
        Optional<String> country,
        Optional<String> email,
        LocalDate asOf,
        List<CurrencyPosition> positions,
        int openClaims,
        Optional<LocalDate> oldestOpenDueDate,
        long maxDaysPastDue) {

    public CustomerAccount {
        Checks.text(erpCustomerId, "CustomerAccount", "erpCustomerId");
        name = Checks.optionalText(name, "CustomerAccount", "name");
        country = Checks.optionalText(country, "CustomerAccount", "country");
        email = Checks.optionalText(email, "CustomerAccount", "email");
        Checks.present(asOf, "CustomerAccount", "asOf");
        positions = Checks.list(positions, "CustomerAccount", "positions");
        if (openClaims < 0 || maxDaysPastDue < 0) {
            throw new IllegalArgumentException("CustomerAccount " + erpCustomerId + ": openClaims (" + openClaims
                    + ") and maxDaysPastDue (" + maxDaysPastDue + ") must not be negative");
        }
        oldestOpenDueDate = Checks.optional(oldestOpenDueDate);
    }
}
