package io.arrears.core.escalation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arrears.api.agency.Placement;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.dunning.NoticeCharge;
import io.arrears.api.dunning.NoticeMark;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.money.Money;
import io.arrears.core.dunning.NoticeCharges;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The placement document an agency receives (JSON, {@code "format":"arrears.placement/1"}): the debtor's identity and
 * contacts, the placed invoices with original and outstanding amounts, the interest and fee items charged on them,
 * the interest and compensation accrued up to the placement date (itemised, same rules as a notice), the dunning
 * notices sent and the contact history, and the documents (invoice copies, notices sent, contact history) as files
 * embedded base64 in {@code documents[].contentBase64}. The recall document names the placement only.
 */
public final class PlacementContent {

    public static final String FORMAT = "arrears.placement/1";
    /** The longest body a partner message holds ({@code partner_messages.body}). */
    public static final int MAX_LENGTH = 1_000_000;
    /** The field of a document that holds its bytes, base64 (RFC 4648, no line breaks). */
    public static final String CONTENT_FIELD = "contentBase64";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlacementContent() {
    }

    /** Interest and compensation accrued up to the placement date and not booked in the ledger yet. */
    public record AtPlacement(LocalDate date, NoticeCharges.Result charges) {
    }

    /**
     * @param placed      the placed items' balances, in the placement's order
     * @param charges     open interest and fee items of the customer that were charged on a placed invoice
     * @param atPlacement interest and fees computed on the placement date on top of {@code charges}
     */
    public static String placement(Placement placement, Optional<CustomerMasterData> debtor, List<ItemBalance> placed,
            List<ItemBalance> charges, AtPlacement atPlacement, Map<String, NoticeMark> notices, List<ContactEntry> contacts,
            List<PlacementDocuments.Document> files, Instant at) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("type", "placement");
        root.put("placementReference", placement.reference());
        root.put("agency", placement.agencyId());
        root.put("createdAt", at.toString());
        placement.approval().ifPresent(a -> {
            root.put("approvedBy", a.approvedBy());
            root.put("approvedAt", a.approvedAt().toString());
        });
        ObjectNode person = root.putObject("debtor");
        person.put("customerId", placement.customerId());
        person.put("name", debtor.map(CustomerMasterData::name).orElse(placement.customerId()));
        person.put("country", debtor.map(CustomerMasterData::country).orElse(null));
        ArrayNode contactPoints = person.putArray("contacts");
        debtor.map(CustomerMasterData::email).ifPresent(e -> contactPoints.addObject().put("kind", "email").put("value", e));
        ArrayNode invoices = root.putArray("invoices");
        for (ItemBalance balance : placed) {
            ObjectNode invoice = item(invoices.addObject(), balance);
            Optional.ofNullable(notices.get(balance.item().id())).ifPresent(mark -> invoice.putObject("lastNotice")
                    .put("level", mark.level()).put("sentOn", mark.sentOn().toString()));
        }
        ArrayNode interestAndFees = root.putArray("interestAndFees");
        charges.forEach(c -> item(interestAndFees.addObject(), c).put("chargedOn", c.item().parentDocumentNumber().orElse(null)));
        ArrayNode totals = root.putArray("totalOutstanding");
        totals(placed, charges).forEach(m -> money(totals.addObject(), m));
        ObjectNode accrued = root.putObject("interestAndFeesAtPlacement");
        accrued.put("placementDate", atPlacement.date().toString());
        ArrayNode lines = accrued.putArray("lines");
        for (NoticeCharge charge : atPlacement.charges().charges()) {
            ObjectNode line = lines.addObject().put("kind", charge.kind().name()).put("itemId", charge.itemId())
                    .put("documentNumber", charge.documentNumber());
            money(line.putObject("amount"), charge.amount());
            charge.ratePercent().ifPresent(r -> line.put("ratePercent", r.toPlainString()));
            charge.from().ifPresent(d -> line.put("from", d.toString()));
            charge.to().ifPresent(d -> line.put("to", d.toString()));
        }
        ArrayNode notes = accrued.putArray("notes");
        atPlacement.charges().notes().forEach(notes::add);
        ArrayNode claim = root.putArray("totalClaim");
        totalClaim(totals(placed, charges), atPlacement.charges().charges()).forEach(m -> money(claim.addObject(), m));
        ArrayNode noticesSent = root.putArray("noticesSent");
        notices.forEach((itemId, mark) -> noticesSent.addObject().put("itemId", itemId)
                .put("level", mark.level()).put("sentOn", mark.sentOn().toString()));
        ArrayNode documents = root.putArray("documents");
        for (PlacementDocuments.Document file : files) {
            documents.addObject().put("kind", file.kind()).put("fileName", file.fileName()).put("contentType", file.contentType())
                    .put("size", file.content().length).put("sha256", file.sha256())
                    .put(CONTENT_FIELD, Base64.getEncoder().encodeToString(file.content()));
        }
        ArrayNode history = root.putArray("contactHistory");
        for (ContactEntry entry : contacts) {
            history.addObject().put("occurredAt", entry.occurredAt().toString()).put("channel", entry.channel().name())
                    .put("direction", entry.direction().name()).put("outcome", entry.outcome().name())
                    .put("collector", entry.collector()).put("notes", entry.notes());
        }
        return root.toString();
    }

    public static String recall(Placement placement, String by, Instant at) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("type", "recall");
        root.put("placementReference", placement.reference());
        root.put("agency", placement.agencyId());
        root.put("recalledBy", by);
        root.put("createdAt", at.toString());
        return root.toString();
    }

    private static ObjectNode item(ObjectNode node, ItemBalance balance) {
        node.put("itemId", balance.item().id());
        node.put("kind", balance.item().kind().name());
        node.put("documentNumber", balance.item().documentNumber());
        node.put("issueDate", balance.item().issueDate().toString());
        node.put("dueDate", balance.item().dueDate().toString());
        money(node.putObject("amount"), balance.item().amount());
        money(node.putObject("outstanding"), balance.outstanding());
        balance.item().paymentReference().ifPresent(r -> node.put("paymentReference", r));
        return node;
    }

    private static void money(ObjectNode node, Money money) {
        node.put("amount", money.amount().toPlainString());
        node.put("currency", money.currencyCode());
    }

    static List<Money> totals(List<ItemBalance> placed, List<ItemBalance> charges) {
        Map<String, Money> byCurrency = new java.util.TreeMap<>();
        for (List<ItemBalance> list : List.of(placed, charges)) {
            list.forEach(b -> byCurrency.merge(b.outstanding().currencyCode(), b.outstanding(), Money::plus));
        }
        return List.copyOf(byCurrency.values());
    }

    /** What the agency collects: the ledger's outstanding total plus the interest and fees of the placement date. */
    static List<Money> totalClaim(List<Money> outstanding, List<NoticeCharge> atPlacement) {
        Map<String, Money> byCurrency = new java.util.TreeMap<>();
        outstanding.forEach(m -> byCurrency.merge(m.currencyCode(), m, Money::plus));
        atPlacement.forEach(c -> byCurrency.merge(c.amount().currencyCode(), c.amount(), Money::plus));
        return List.copyOf(byCurrency.values());
    }

    /** Interest and fee items are charged on an invoice when their parent document is one of the placed invoices. */
    static boolean chargedOn(ItemBalance charge, List<ItemBalance> placed) {
        ItemKind kind = charge.item().kind();
        return (kind == ItemKind.FEE || kind == ItemKind.INTEREST) && charge.isOpenClaim()
                && charge.item().parentDocumentNumber().filter(parent -> placed.stream()
                        .anyMatch(p -> p.item().documentNumber().equals(parent))).isPresent();
    }

}
