package io.arrears.rest.internal.collection;

import io.arrears.api.plan.Instalment;
import io.arrears.api.plan.PaymentPlan;
import io.arrears.api.plan.PlanProposal;
import io.arrears.api.plan.StoredPlan;
import io.arrears.rest.internal.json.MoneyJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A payment plan: terms, schedule and (for stored plans) where it stands. Absent values are null. */
public record PlanJson(String id, String customerId, List<String> itemIds, MoneyJson total, int instalments, String frequency,
        LocalDate startDate, LocalDate firstDueDate, MoneyJson downPayment, String annualInterestPercent, int graceDays,
        List<InstalmentJson> schedule, MoneyJson totalPayable, MoneyJson totalInterest, String agreedBy, Instant agreedAt,
        String state, String approvedBy, Long blockId, Instant endedAt, String endReason) {

    /** One payment; number 0 is the down payment. */
    public record InstalmentJson(int number, LocalDate dueDate, MoneyJson principal, MoneyJson interest, MoneyJson amount) {

        static InstalmentJson of(Instalment i) {
            return new InstalmentJson(i.number(), i.dueDate(), MoneyJson.of(i.principal()), MoneyJson.of(i.interest()),
                    MoneyJson.of(i.amount()));
        }
    }

    /** Answer of the preview: the plan and whether a manager must agree it, and why. */
    public record PreviewJson(PlanJson plan, boolean needsManagerApproval, List<String> reasons) {

        static PreviewJson of(PlanProposal proposal) {
            return new PreviewJson(PlanJson.of(proposal.plan(), null), proposal.needsManagerApproval(), proposal.reasons());
        }
    }

    static PlanJson of(StoredPlan stored) {
        return of(stored.plan(), stored);
    }

    private static PlanJson of(PaymentPlan p, StoredPlan stored) {
        var t = p.terms();
        return new PlanJson(p.id(), t.customerId(), t.itemIds(), MoneyJson.of(t.total()), t.instalments(), t.frequency().name(),
                t.startDate(), t.firstDueDate(), t.downPayment().map(MoneyJson::of).orElse(null),
                t.annualInterestPercent().map(r -> r.stripTrailingZeros().toPlainString()).orElse(null), t.graceDays(),
                p.schedule().stream().map(InstalmentJson::of).toList(), MoneyJson.of(p.totalPayable()), MoneyJson.of(p.totalInterest()),
                p.agreedBy(), p.agreedAt(), stored == null ? null : stored.state().name(),
                stored == null ? null : stored.approvedBy().orElse(null), stored == null ? null : stored.blockId().orElse(null),
                stored == null ? null : stored.endedAt().orElse(null), stored == null ? null : stored.endReason().orElse(null));
    }
}
