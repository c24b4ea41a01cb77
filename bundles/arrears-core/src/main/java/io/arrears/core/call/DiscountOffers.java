package io.arrears.core.call;

import io.arrears.api.ledger.Contact;
import io.arrears.api.ledger.ContactRole;
import io.arrears.api.ledger.Customer;
import io.arrears.api.letter.RenderedMessage;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Recipient;
import io.arrears.api.plan.ApprovalRequiredException;
import io.arrears.api.plan.DiscountOfferRepository;
import io.arrears.api.plan.DiscountOfferService;
import io.arrears.api.plan.DiscountOfferState;
import io.arrears.api.plan.EarlyPaymentDiscount;
import io.arrears.api.plan.StoredDiscountOffer;
import io.arrears.core.call.DebtorLookup.Debtor;
import io.arrears.core.plan.EarlyPaymentDiscounts;
import io.arrears.core.profile.GuardrailDecision;
import io.arrears.core.profile.Guardrails;
import io.arrears.core.promise.Receipts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Limited-time early-payment discounts: a collector offers one within the discount limit of the guardrails of the
 * debtor's behaviour type (beyond it only a manager), the offer is stored with its message to the debtor (e-mail to the
 * accounts-payable clerk or the first contact with an address; a collector task to pass it on otherwise), in the
 * debtor's language with {@link DiscountOfferMessages} (letters bundle present), else the English
 * {@link DiscountOfferText}; and each
 * offer is judged against the ledger's payments whenever it is read: OPEN, EARNED or EXPIRED.
 */
public final class DiscountOffers implements DiscountOfferService {

    private final DebtorLookup debtors;
    private final DiscountOfferRepository offers;
    private final Function<String, Guardrails> guardrails;
    private final Clock clock;
    private final Optional<DiscountOfferMessages> messages;

    /** Offers in English ({@link DiscountOfferText}). */
    public DiscountOffers(DebtorLookup debtors, DiscountOfferRepository offers, Function<String, Guardrails> guardrails,
            Clock clock) {
        this(debtors, offers, guardrails, clock, Optional.empty());
    }

    public DiscountOffers(DebtorLookup debtors, DiscountOfferRepository offers, Function<String, Guardrails> guardrails,
            Clock clock, Optional<DiscountOfferMessages> messages) {
        this.debtors = Objects.requireNonNull(debtors, "debtors");
        this.offers = Objects.requireNonNull(offers, "offers");
        this.guardrails = Objects.requireNonNull(guardrails, "guardrails");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public Judged offer(EarlyPaymentDiscount offer, String user, boolean mayApprove) {
        Debtor debtor = debtor(offer.customerId());
        GuardrailDecision decision = EarlyPaymentDiscounts.check(offer, guardrails.apply(offer.customerId()));
        if (decision.needsManagerApproval() && !mayApprove) {
            throw new ApprovalRequiredException(decision.reasons());
        }
        Instant now = clock.instant();
        String id = "DISC-" + offer.customerId() + "-" + now.toEpochMilli();
        StoredDiscountOffer stored = new StoredDiscountOffer(id, offer, user,
                decision.needsManagerApproval() ? Optional.of(user) : Optional.empty(), now);
        offers.record(stored, message(stored, debtor.customer(), user));
        return new Judged(stored, state(offer, debtor));
    }

    @Override
    public List<Judged> offers(String erpCustomerId, LocalDate asOf) {
        List<StoredDiscountOffer> stored = offers.forCustomer(erpCustomerId);
        if (stored.isEmpty()) {
            return List.of();
        }
        Receipts receipts = Receipts.fromLedger(debtor(erpCustomerId).ledger(), erpCustomerId);
        return stored.stream().map(s -> new Judged(s, judged(s.offer(), receipts, asOf))).toList();
    }

    private DiscountOfferState state(EarlyPaymentDiscount offer, Debtor debtor) {
        return judged(offer, Receipts.fromLedger(debtor.ledger(), offer.customerId()), offer.offeredOn());
    }

    private static DiscountOfferState judged(EarlyPaymentDiscount offer, Receipts receipts, LocalDate asOf) {
        return DiscountOfferState.valueOf(EarlyPaymentDiscounts.state(offer, receipts, asOf).name());
    }

    private NewOutboxMessage message(StoredDiscountOffer stored, Customer customer, String user) {
        String key = "discount-offer:" + stored.id();
        Optional<Contact> to = customer.contacts(ContactRole.ACCOUNTS_PAYABLE).stream().filter(c -> c.email().isPresent())
                .findFirst().or(() -> customer.contacts().stream().filter(c -> c.email().isPresent()).findFirst());
        // the master data's single address carries the company's name: then the generic greeting
        Optional<String> greet = to.map(Contact::name).filter(n -> !n.equals(customer.name()));
        Optional<RenderedMessage> rendered = messages.map(m -> m.render(stored, customer, greet));
        String subject = rendered.map(RenderedMessage::subject).orElseGet(() -> DiscountOfferText.subject(stored));
        String body = rendered.map(RenderedMessage::textBody).orElseGet(() -> DiscountOfferText.body(stored, customer));
        return to.map(c -> NewOutboxMessage.email(key, Recipient.of(c.email().orElseThrow(), c.name()), subject, body,
                        rendered.map(RenderedMessage::htmlBody), List.of()))
                .orElseGet(() -> NewOutboxMessage.task(key, user, "Pass the discount offer on to " + customer.name()
                        + " (no e-mail address known)", body));
    }

    private Debtor debtor(String erpCustomerId) {
        return debtors.find(erpCustomerId)
                .orElseThrow(() -> new IllegalArgumentException("no customer with ERP id '" + erpCustomerId + "'"));
    }
}
