package io.arrears.core.call;

import io.arrears.api.ledger.Customer;
import io.arrears.api.letter.AgreementInstalment;
import io.arrears.api.letter.AgreementRenderer;
import io.arrears.api.letter.AgreementRequest;
import io.arrears.api.letter.Creditor;
import io.arrears.api.letter.Debtor;
import io.arrears.api.letter.PostalAddress;
import io.arrears.api.letter.RenderedAgreement;
import io.arrears.api.plan.Instalment;
import io.arrears.api.plan.PaymentPlan;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan agreement as a letter in the debtor's language (the letters bundle's {@code agreement.tpl}, like the
 * notices): e-mail subject and bodies and the PDF. The debtor quotes the plan id with each payment. The master data
 * carries no postal address, so the address block is the debtor's name and country, as on the notices.
 */
public final class PlanAgreementLetters {

    private final AgreementRenderer renderer;
    private final Creditor creditor;

    public PlanAgreementLetters(AgreementRenderer renderer, Creditor creditor) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.creditor = Objects.requireNonNull(creditor, "creditor");
    }

    /** @param contactPerson whom the letter greets (empty: the generic greeting) */
    public RenderedAgreement render(PaymentPlan plan, Customer customer, Optional<String> contactPerson) {
        ZoneId zone = customer.timeZone();
        LocalDate agreedOn = LocalDate.ofInstant(plan.agreedAt(), zone);
        List<AgreementInstalment> schedule = plan.schedule().stream().map(PlanAgreementLetters::instalment).toList();
        Debtor debtor = Debtor.of(customer.name(), PostalAddress.of(customer.country(), customer.name()), contactPerson.orElse(null));
        return renderer.render(new AgreementRequest(plan.id(), customer.language(), creditor, debtor, plan.agreedBy(), agreedOn,
                plan.terms().total(), plan.terms().itemIds(), schedule, plan.totalPayable(), plan.terms().graceDays(), plan.id(),
                agreedOn));
    }

    private static AgreementInstalment instalment(Instalment i) {
        return new AgreementInstalment(i.number(), i.isDownPayment(), i.dueDate(), i.amount(), i.interest());
    }
}
