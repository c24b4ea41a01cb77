package io.arrears.core.escalation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arrears.api.insurer.BuyerLimit;
import io.arrears.api.insurer.InsurerPolicy;
import io.arrears.api.insurer.NotificationLine;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The overdue-buyer notification an insurer receives (JSON, {@code "format":"arrears.insurer-notification/1"}): policy
 * number, buyer identity (name, registration/VAT id, country), invoices with amounts, currency and original due dates,
 * total outstanding, and the actions taken (standards.md section 4).
 */
public final class NotificationContent {

    public static final String FORMAT = "arrears.insurer-notification/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private NotificationContent() {
    }

    public static String of(long notificationId, InsurerPolicy policy, BuyerLimit buyer, Optional<CustomerMasterData> master,
            List<NotificationLine> lines, List<String> actionsTaken, Instant at) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("notificationReference", "ARR-N-" + notificationId);
        root.put("insurer", policy.insurerId());
        root.put("policyNumber", policy.policyNumber());
        root.put("createdAt", at.toString());
        ObjectNode node = root.putObject("buyer");
        node.put("customerId", buyer.customerId());
        node.put("name", master.map(CustomerMasterData::name).orElse(buyer.customerId()));
        node.put("registrationId", buyer.registrationId());
        node.put("country", master.map(CustomerMasterData::country).orElse(null));
        money(node.putObject("creditLimit"), buyer.creditLimit());
        ArrayNode invoices = root.putArray("invoices");
        Map<String, Money> totals = new TreeMap<>();
        for (NotificationLine line : lines) {
            ObjectNode invoice = invoices.addObject();
            invoice.put("documentNumber", line.documentNumber());
            invoice.put("originalDueDate", line.dueDate().toString());
            money(invoice.putObject("outstanding"), line.outstanding());
            invoice.put("notificationDeadline", line.deadline().toString());
            totals.merge(line.outstanding().currencyCode(), line.outstanding(), Money::plus);
        }
        ArrayNode total = root.putArray("totalOutstanding");
        totals.values().forEach(m -> money(total.addObject(), m));
        ArrayNode actions = root.putArray("actionsTaken");
        actionsTaken.forEach(actions::add);
        return root.toString();
    }

    private static void money(ObjectNode node, Money money) {
        node.put("amount", money.amount().toPlainString());
        node.put("currency", money.currencyCode());
    }
}
