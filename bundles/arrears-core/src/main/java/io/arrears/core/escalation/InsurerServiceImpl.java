package io.arrears.core.escalation;

import io.arrears.api.dunning.DunningNoticeRepository;
import io.arrears.api.dunning.NoticeMark;
import io.arrears.api.insurer.AlarmKind;
import io.arrears.api.insurer.BuyerExposure;
import io.arrears.api.insurer.BuyerLimit;
import io.arrears.api.insurer.CheckResult;
import io.arrears.api.insurer.InsurerAlarm;
import io.arrears.api.insurer.InsurerPolicy;
import io.arrears.api.insurer.InsurerPolicyRepository;
import io.arrears.api.insurer.InsurerService;
import io.arrears.api.insurer.Notification;
import io.arrears.api.insurer.NotificationLine;
import io.arrears.api.insurer.NotificationRepository;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.money.Money;
import io.arrears.api.partner.NewPartnerMessage;
import io.arrears.api.partner.PartnerKind;
import io.arrears.core.ledger.Ledger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The credit-insurer duties. An insured buyer's overdue item enters the warning window {@code warningDays} before its
 * deadline; the check then queues one notification for all of the buyer's items in the window that no earlier
 * notification covers (unique per policy, buyer and item set). An item whose deadline passed without a delivered
 * notification is a DEADLINE_MISSED alarm until it is paid; it is never dropped silently.
 */
public final class InsurerServiceImpl implements InsurerService {

    private final InsurerPolicyRepository policies;
    private final NotificationRepository notifications;
    private final LedgerEventRepository journal;
    private final CustomerRepository customers;
    private final DunningNoticeRepository notices;
    private final InsurerDeadlines deadlines;
    private final java.time.Clock clock;

    public InsurerServiceImpl(InsurerPolicyRepository policies, NotificationRepository notifications,
            LedgerEventRepository journal, CustomerRepository customers, DunningNoticeRepository notices,
            InsurerDeadlines deadlines, java.time.Clock clock) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized CheckResult check(LocalDate asOf, int warningDays) {
        List<Notification> created = new ArrayList<>();
        for (InsurerPolicy policy : activePolicies()) {
            for (BuyerLimit buyer : policy.buyers()) {
                List<Notification> earlier = notifications.ofBuyer(policy.id(), buyer.customerId());
                Set<String> covered = earlier.stream().flatMap(n -> n.lines().stream()).map(NotificationLine::itemId)
                        .collect(Collectors.toSet());
                List<NotificationLine> due = overdueLines(policy, buyer, asOf).stream()
                        .filter(l -> !covered.contains(l.itemId()))
                        .filter(l -> !asOf.isBefore(InsurerDeadlines.warningFrom(l.deadline(), warningDays)))
                        .toList();
                if (!due.isEmpty()) {
                    LocalDate deadline = due.stream().map(NotificationLine::deadline).min(LocalDate::compareTo).orElseThrow();
                    List<String> actions = actionsTaken(buyer.customerId(), due);
                    notifications.create(policy.id(), buyer.customerId(), due, deadline, clock.instant(),
                            id -> new NewPartnerMessage("notification-" + id, PartnerKind.INSURER, policy.insurerId(),
                                    "notification", NotificationContent.of(id, policy, buyer,
                                            customers.find(buyer.customerId()), due, actions, clock.instant())))
                            .ifPresent(created::add);
                }
            }
        }
        return new CheckResult(asOf, created, alarms(asOf, warningDays));
    }

    @Override
    public List<InsurerAlarm> alarms(LocalDate asOf, int warningDays) {
        List<InsurerAlarm> alarms = new ArrayList<>();
        for (InsurerPolicy policy : activePolicies()) {
            for (BuyerLimit buyer : policy.buyers()) {
                List<Notification> earlier = notifications.ofBuyer(policy.id(), buyer.customerId());
                for (NotificationLine line : overdueLines(policy, buyer, asOf)) {
                    Optional<Notification> notified = earlier.stream()
                            .filter(n -> n.lines().stream().anyMatch(l -> l.itemId().equals(line.itemId()))).findFirst();
                    Optional<LocalDate> sentOn = notified.flatMap(Notification::sentAt)
                            .map(at -> at.atZone(ZoneOffset.UTC).toLocalDate());
                    alarm(policy, buyer, line, notified, sentOn, asOf, warningDays).ifPresent(alarms::add);
                }
            }
        }
        return alarms;
    }

    private static Optional<InsurerAlarm> alarm(InsurerPolicy policy, BuyerLimit buyer, NotificationLine line,
            Optional<Notification> notified, Optional<LocalDate> sentOn, LocalDate asOf, int warningDays) {
        AlarmKind kind;
        String message;
        if (sentOn.isPresent() && !sentOn.get().isAfter(line.deadline())) {
            if (notified.flatMap(Notification::acknowledgedAt).isPresent()) {
                return Optional.empty();
            }
            kind = AlarmKind.NOT_ACKNOWLEDGED;
            message = "notified in time (" + notified.get().reference() + " on " + sentOn.get() + "), not acknowledged yet";
        } else if (sentOn.isPresent() || asOf.isAfter(line.deadline())) {
            kind = AlarmKind.DEADLINE_MISSED;
            message = "notification deadline " + line.deadline() + " missed: "
                    + sentOn.map(d -> "delivered late on " + d).orElse("not delivered") + "; cover may be void, call the insurer";
        } else if (!asOf.isBefore(InsurerDeadlines.warningFrom(line.deadline(), warningDays))) {
            kind = AlarmKind.DEADLINE_APPROACHING;
            message = "notification due by " + line.deadline() + ", "
                    + notified.map(n -> n.reference() + " not delivered yet").orElse("not queued yet");
        } else {
            return Optional.empty();
        }
        return Optional.of(new InsurerAlarm(kind, policy.id(), policy.policyNumber(), policy.insurerId(), buyer.customerId(),
                line.itemId(), line.documentNumber(), line.dueDate(), line.deadline(), message));
    }

    @Override
    public List<BuyerExposure> exposure(String customerId, LocalDate asOf) {
        Ledger ledger = Ledger.replay(journal.findByCustomer(customerId));
        List<BuyerExposure> exposures = new ArrayList<>();
        for (InsurerPolicy policy : activePolicies()) {
            for (BuyerLimit buyer : policy.buyers()) {
                if (buyer.customerId().equals(customerId)) {
                    exposures.add(exposure(policy, buyer, ledger, asOf));
                }
            }
        }
        return exposures;
    }

    private static BuyerExposure exposure(InsurerPolicy policy, BuyerLimit buyer, Ledger ledger, LocalDate asOf) {
        Money limit = buyer.creditLimit();
        Money outstanding = Money.zero(limit.currency());
        Money overdue = Money.zero(limit.currency());
        for (ItemBalance balance : ledger.balances(buyer.customerId())) {
            if (balance.isOpenClaim() && balance.outstanding().currency().equals(limit.currency())) {
                outstanding = outstanding.plus(balance.outstanding());
                if (balance.item().dueDate().isBefore(asOf)) {
                    overdue = overdue.plus(balance.outstanding());
                }
            }
        }
        Optional<BigDecimal> utilisation = limit.isZero() ? Optional.empty() : Optional.of(outstanding.amount()
                .multiply(BigDecimal.valueOf(100)).divide(limit.amount(), 1, RoundingMode.HALF_UP));
        return new BuyerExposure(policy.id(), policy.policyNumber(), policy.insurerId(), buyer.customerId(), limit, outstanding,
                overdue, limit.minus(outstanding), utilisation, outstanding.compareTo(limit) > 0);
    }

    @Override
    public io.arrears.api.insurer.Notification acknowledge(long notificationId, String reference) {
        return notifications.acknowledge(notificationId, reference, clock.instant());
    }

    /** The buyer's open, overdue claims with their deadlines under this policy, oldest due first. */
    private List<NotificationLine> overdueLines(InsurerPolicy policy, BuyerLimit buyer, LocalDate asOf) {
        Ledger ledger = Ledger.replay(journal.findByCustomer(buyer.customerId()));
        return ledger.balances(buyer.customerId()).stream()
                .filter(ItemBalance::isOpenClaim)
                .filter(b -> b.item().dueDate().isBefore(asOf))
                .sorted(java.util.Comparator.comparing((ItemBalance b) -> b.item().dueDate()).thenComparing(b -> b.item().id()))
                .map(b -> new NotificationLine(b.item().id(), b.item().documentNumber(), b.item().dueDate(), b.outstanding(),
                        deadlines.deadline(b.item().dueDate(), policy.notificationDays(), policy.country())))
                .toList();
    }

    private List<String> actionsTaken(String customerId, List<NotificationLine> lines) {
        Map<String, NoticeMark> sent = notices.history(customerId).lastNoticeByItem();
        List<String> actions = new ArrayList<>();
        for (NotificationLine line : lines) {
            NoticeMark mark = sent.get(line.itemId());
            if (mark != null) {
                actions.add("dunning notice level " + mark.level() + " for " + line.documentNumber() + " sent on " + mark.sentOn());
            }
        }
        return actions;
    }

    private List<InsurerPolicy> activePolicies() {
        return policies.list().stream().filter(InsurerPolicy::active).toList();
    }
}
