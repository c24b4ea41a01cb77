package io.arrears.core.timeline;

import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.dunning.DunningBlock;
import io.arrears.api.dunning.DunningBlockRepository;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.api.plan.PlanRepository;
import io.arrears.api.plan.StoredPlan;
import io.arrears.api.promise.PromiseRepository;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.api.promise.RecordedConsequence;
import io.arrears.api.promise.RecordedStateChange;
import io.arrears.api.timeline.CustomerTimeline;
import io.arrears.api.timeline.TimelineEntry;
import io.arrears.api.timeline.TimelineSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges a customer's contacts, promises (made, kept, broken) and their consequences, plans, payments, dunning blocks
 * and the sources' entries (notices and messages with their delivery state) into one list, newest first. Payments
 * carry only a value date: they are placed at its start (UTC).
 */
public final class CustomerTimelineService implements CustomerTimeline {

    private static final int CONTACT_PAGE = 1000;

    private final ContactLog contacts;
    private final PromiseRepository promises;
    private final PlanRepository plans;
    private final DunningBlockRepository blocks;
    private final LedgerEventRepository journal;
    private final List<TimelineSource> sources;

    public CustomerTimelineService(ContactLog contacts, PromiseRepository promises, PlanRepository plans,
            DunningBlockRepository blocks, LedgerEventRepository journal, List<TimelineSource> sources) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.promises = Objects.requireNonNull(promises, "promises");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.blocks = Objects.requireNonNull(blocks, "blocks");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.sources = List.copyOf(sources);
    }

    @Override
    public List<TimelineEntry> timeline(String erpCustomerId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        List<TimelineEntry> entries = new ArrayList<>();
        contacts(erpCustomerId).forEach(c -> entries.add(contact(c)));
        promises.forCustomer(erpCustomerId).forEach(t -> entries.add(promiseMade(t.promise())));
        promises.stateChanges(erpCustomerId).forEach(c -> entries.add(promiseChanged(c)));
        promises.consequences(erpCustomerId).forEach(c -> entries.add(consequence(c)));
        plans.forCustomer(erpCustomerId).forEach(p -> plan(p, entries));
        blocks.history(erpCustomerId).forEach(b -> block(b, entries));
        journal.findByCustomer(erpCustomerId).stream().filter(e -> e instanceof LedgerEvent.PaymentRecorded)
                .map(e -> ((LedgerEvent.PaymentRecorded) e).payment()).forEach(p -> entries.add(payment(p)));
        sources.forEach(s -> entries.addAll(s.entries(erpCustomerId, limit)));
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed().thenComparing(TimelineEntry::kind));
        return entries.size() > limit ? List.copyOf(entries.subList(0, limit)) : List.copyOf(entries);
    }

    private List<ContactEntry> contacts(String customer) {
        List<ContactEntry> all = new ArrayList<>();
        long after = 0;
        while (true) {
            List<ContactEntry> page = contacts.entries(customer, after, CONTACT_PAGE);
            all.addAll(page);
            if (page.size() < CONTACT_PAGE) {
                return all;
            }
            after = page.get(page.size() - 1).sequence();
        }
    }

    private static TimelineEntry contact(ContactEntry c) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("channel", c.channel().name());
        details.put("direction", c.direction().name());
        details.put("outcome", c.outcome().name());
        details.put("collector", c.collector());
        details.put("notes", c.notes());
        c.excuseCategory().ifPresent(e -> details.put("excuseCategory", e));
        c.recordingReference().ifPresent(r -> details.put("recordingReference", r));
        c.relatedReference().ifPresent(r -> details.put("relatedReference", r));
        return new TimelineEntry(c.occurredAt(), "CONTACT", c.channel().name().toLowerCase() + " by " + c.collector() + ": "
                + c.outcome().name().toLowerCase().replace('_', ' '), details, "contact:" + c.sequence());
    }

    private static TimelineEntry promiseMade(PromiseToPay p) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("amount", money(p.amount()));
        details.put("promisedDate", p.promisedDate().toString());
        details.put("takenBy", p.takenBy());
        details.put("channel", p.channel().name());
        if (!p.itemIds().isEmpty()) {
            details.put("itemIds", String.join(", ", p.itemIds()));
        }
        return new TimelineEntry(p.takenAt(), "PROMISE_MADE", "Promise to pay " + money(p.amount()) + " by " + p.promisedDate(),
                details, p.id());
    }

    private static TimelineEntry promiseChanged(RecordedStateChange r) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("from", r.change().from().name());
        details.put("to", r.change().to().name());
        details.put("paid", money(r.change().paid()));
        details.put("asOf", r.change().asOf().toString());
        r.change().consequence().ifPresent(c -> details.put("consequence", c.kind().name()));
        return new TimelineEntry(r.recordedAt(), "PROMISE_" + r.change().to().name(), r.change().reason(), details,
                r.change().promiseId());
    }

    private static TimelineEntry consequence(RecordedConsequence r) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("kind", r.consequence().kind().name());
        details.put("subject", r.consequence().subjectId());
        r.outboxId().ifPresent(id -> details.put("outboxId", String.valueOf(id)));
        return new TimelineEntry(r.recordedAt(), "CONSEQUENCE", r.consequence().kind().name().toLowerCase().replace('_', ' ') + ": "
                + r.consequence().reason(), details, "consequence:" + r.id());
    }

    private static void plan(StoredPlan p, List<TimelineEntry> entries) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("total", money(p.plan().terms().total()));
        details.put("totalPayable", money(p.plan().totalPayable()));
        details.put("instalments", String.valueOf(p.plan().schedule().size()));
        details.put("frequency", p.plan().terms().frequency().name());
        details.put("agreedBy", p.plan().agreedBy());
        p.approvedBy().ifPresent(a -> details.put("approvedBy", a));
        details.put("state", p.state().name());
        entries.add(new TimelineEntry(p.plan().agreedAt(), "PLAN_AGREED", "Payment plan of " + money(p.plan().terms().total()) + " in "
                + p.plan().schedule().size() + " payments agreed", details, p.plan().id()));
        p.endedAt().ifPresent(at -> entries.add(new TimelineEntry(at, "PLAN_" + p.state().name(), p.endReason().orElse(p.state().name()),
                Map.of("state", p.state().name()), p.plan().id())));
    }

    private static void block(DunningBlock b, List<TimelineEntry> entries) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reason", b.reason().name());
        details.put("note", b.note());
        b.itemId().ifPresent(i -> details.put("itemId", i));
        details.put("by", b.createdBy());
        entries.add(new TimelineEntry(b.createdAt(), "BLOCK_PLACED", "Dunning blocked: " + b.describe(), details, "block:" + b.id()));
        b.clearedAt().ifPresent(at -> entries.add(new TimelineEntry(at, "BLOCK_CLEARED", "Dunning block cleared: " + b.describe(),
                Map.of("reason", b.reason().name(), "by", b.clearedBy().orElse("")), "block:" + b.id())));
    }

    private static TimelineEntry payment(Payment p) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("amount", money(p.amount()));
        details.put("valueDate", p.valueDate().toString());
        if (!p.references().isEmpty()) {
            details.put("references", String.join(", ", p.references()));
        }
        p.reversalOf().ifPresent(r -> details.put("reversalOf", r));
        String summary = p.reversalOf().isPresent() ? "Payment reversed: " + money(p.amount()) : "Payment received: " + money(p.amount());
        return new TimelineEntry(p.valueDate().atStartOfDay().toInstant(ZoneOffset.UTC), "PAYMENT", summary, details,
                p.externalKey());
    }

    private static String money(Money m) {
        return m.amount().toPlainString() + " " + m.currencyCode();
    }
}
