package io.arrears.core.call;

import io.arrears.api.ledger.Contact;
import io.arrears.api.ledger.ContactRole;
import io.arrears.api.ledger.Customer;
import io.arrears.api.letter.RenderedAgreement;
import io.arrears.api.outbox.Attachment;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Recipient;
import io.arrears.api.plan.ApprovalRequiredException;
import io.arrears.api.plan.PaymentPlan;
import io.arrears.api.plan.PlanProposal;
import io.arrears.api.plan.PlanRepository;
import io.arrears.api.plan.PlanService;
import io.arrears.api.plan.PlanTerms;
import io.arrears.api.plan.StoredPlan;
import io.arrears.core.call.DebtorLookup.Debtor;
import io.arrears.core.plan.InstalmentCalculator;
import io.arrears.core.plan.PlanGuardrails;
import io.arrears.core.profile.GuardrailDecision;
import io.arrears.core.profile.AppliedGuardrails;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Payment plans for collectors: the schedule from the {@link InstalmentCalculator}, the verdict of the negotiation
 * guardrails of the debtor's behaviour type in force and segment (a manager's approval beyond them is stored with the
 * plan), and agreement (stored, dunning paused by a
 * PAYMENT_PLAN block, the agreement sent by e-mail, or handed to the collector as a task to post when the debtor has no
 * e-mail address). With {@link PlanAgreementLetters} (creditor configured) the agreement is the letter in the debtor's
 * language with its PDF attached; without, the English text of {@link PlanAgreementText}. The e-mail goes to the
 * accounts-payable clerk, else the first contact with an e-mail address.
 */
public final class PlanAgreements implements PlanService {

    private final DebtorLookup debtors;
    private final PlanRepository plans;
    private final Function<String, AppliedGuardrails> guardrails;
    private final InstalmentCalculator calculator = new InstalmentCalculator();
    private final Clock clock;
    private final Optional<PlanAgreementLetters> letters;

    /**
     * @param guardrails the negotiation limits by ERP customer id (those of the debtor's behaviour type in force and
     *                   segment, else of the type)
     */
    public PlanAgreements(DebtorLookup debtors, PlanRepository plans, Function<String, AppliedGuardrails> guardrails,
            Clock clock) {
        this(debtors, plans, guardrails, clock, Optional.empty());
    }

    /** @param letters the agreement letter in the debtor's language; empty: the English text, no PDF */
    public PlanAgreements(DebtorLookup debtors, PlanRepository plans, Function<String, AppliedGuardrails> guardrails,
            Clock clock, Optional<PlanAgreementLetters> letters) {
        this.letters = Objects.requireNonNull(letters, "letters");
        this.debtors = Objects.requireNonNull(debtors, "debtors");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.guardrails = Objects.requireNonNull(guardrails, "guardrails");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PlanProposal preview(PlanTerms terms, String collector) {
        debtor(terms.customerId());
        return proposal(terms, collector, clock.instant());
    }

    @Override
    public StoredPlan agree(PlanTerms terms, String user, boolean mayApprove) {
        Debtor debtor = debtor(terms.customerId());
        Instant now = clock.instant();
        PlanProposal proposal = proposal(terms, user, now);
        if (proposal.needsManagerApproval() && !mayApprove) {
            throw new ApprovalRequiredException(proposal.reasons());
        }
        PaymentPlan plan = proposal.plan();
        String key = "plan-agreement:" + plan.id();
        Customer customer = debtor.customer();
        Optional<Contact> to = customer.contacts(ContactRole.ACCOUNTS_PAYABLE).stream().filter(c -> c.email().isPresent())
                .findFirst().or(() -> customer.contacts().stream().filter(c -> c.email().isPresent()).findFirst());
        Optional<String> greet = to.map(Contact::name).filter(n -> !n.equals(customer.name()));
        Optional<RenderedAgreement> letter = letters.map(l -> l.render(plan, customer, greet));
        String subject = letter.map(RenderedAgreement::subject).orElseGet(() -> PlanAgreementText.subject(plan));
        String body = letter.map(RenderedAgreement::textBody).orElseGet(() -> PlanAgreementText.body(plan, customer));
        List<Attachment> pdf = letter.map(l -> List.of(new Attachment("plan-agreement-" + plan.id() + ".pdf", Attachment.PDF,
                l.pdf()))).orElse(List.of());
        NewOutboxMessage agreement = to
                .map(c -> NewOutboxMessage.email(key, Recipient.of(c.email().orElseThrow(), c.name()), subject, body,
                        letter.map(RenderedAgreement::htmlBody), pdf))
                .orElseGet(() -> NewOutboxMessage.task(key, user, "Post the plan agreement to " + customer.name()
                        + " (no e-mail address known)", body));
        return plans.agree(plan, proposal.needsManagerApproval() ? Optional.of(user) : Optional.empty(), Optional.of(agreement));
    }

    @Override
    public List<StoredPlan> plans(String erpCustomerId) {
        return plans.forCustomer(erpCustomerId);
    }

    private PlanProposal proposal(PlanTerms terms, String user, Instant now) {
        PaymentPlan plan = calculator.plan("PLAN-" + terms.customerId() + "-" + now.toEpochMilli(), terms, user, now);
        GuardrailDecision decision = PlanGuardrails.check(plan, guardrails.apply(terms.customerId()));
        return new PlanProposal(plan, decision.needsManagerApproval(), decision.reasons());
    }

    private Debtor debtor(String erpCustomerId) {
        return debtors.find(erpCustomerId)
                .orElseThrow(() -> new IllegalArgumentException("no customer with ERP id '" + erpCustomerId + "'"));
    }
}
