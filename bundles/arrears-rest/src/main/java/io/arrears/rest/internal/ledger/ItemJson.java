package io.arrears.rest.internal.ledger;

import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemPosition;
import io.arrears.rest.internal.json.MoneyJson;
import java.time.LocalDate;

/**
 * One item of a customer. {@code residual} is what is still owed (unused credit for a credit note);
 * {@code daysPastDue} and {@code bucket} are {@code null} except for open claims.
 */
public record ItemJson(
        String id,
        String documentNumber,
        String kind,
        String status,
        LocalDate issueDate,
        LocalDate dueDate,
        MoneyJson amount,
        MoneyJson settled,
        MoneyJson waived,
        MoneyJson residual,
        Long daysPastDue,
        String bucket,
        String paymentReference,
        String parentDocumentNumber) {

    static ItemJson of(ItemPosition position) {
        ItemBalance balance = position.balance();
        Item item = balance.item();
        return new ItemJson(item.id(), item.documentNumber(), item.kind().name(), balance.status().name(),
                item.issueDate(), item.dueDate(), MoneyJson.of(item.amount()), MoneyJson.of(balance.settled()),
                MoneyJson.of(balance.waived()), MoneyJson.of(balance.outstanding()),
                position.daysPastDue().isPresent() ? position.daysPastDue().getAsLong() : null,
                position.bucket().map(Enum::name).orElse(null),
                item.paymentReference().orElse(null), item.parentDocumentNumber().orElse(null));
    }
}
