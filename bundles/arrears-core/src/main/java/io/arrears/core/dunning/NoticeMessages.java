package io.arrears.core.dunning;

import io.arrears.api.profile.BehaviourType;
import io.arrears.api.dunning.NewNotice;
import io.arrears.api.dunning.NoticeCharge;
import io.arrears.api.dunning.NoticeLine;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.Contact;
import io.arrears.api.ledger.ContactRole;
import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Recipient;
import io.arrears.core.ledger.Ledger;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox message of a notice: an e-mail (rendered by {@link NoticeLetters} when letters are configured,
 * otherwise a plain English text listing the residuals), or a collector task. The outbox key is the notice
 * key, so the same notice is never enqueued twice.
 */
public final class NoticeMessages {

    private final CreditorDetails creditor;
    private final String collector;
    private final Optional<NoticeLetters> letters;

    /** @param letters the rendered letters; empty: plain-text e-mails */
    public NoticeMessages(CreditorDetails creditor, String collector, Optional<NoticeLetters> letters) {
        this.creditor = Objects.requireNonNull(creditor, "creditor");
        this.collector = Objects.requireNonNull(collector, "collector");
        this.letters = Objects.requireNonNull(letters, "letters");
    }

    /**
     * @param country    the debtor's country as the decision used it (for the letter's address)
     * @param ledger     the customer's current ledger (issue dates and original amounts for the letter)
     * @param letterDate the debtor's today
     */
    NewOutboxMessage message(long noticeId, NewNotice notice, CustomerMasterData customer, String country, Ledger ledger,
            LocalDate letterDate) {
        return message(noticeId, notice, customer, country, ledger, letterDate, BehaviourType.UNKNOWN);
    }

    /** @param behaviour the customer's behaviour type in force: picks the letter variant (its behaviour paragraph) */
    NewOutboxMessage message(long noticeId, NewNotice notice, CustomerMasterData customer, String country, Ledger ledger,
            LocalDate letterDate, BehaviourType behaviour) {
        NoticeRecipients.Choice billing = new NoticeRecipients.Choice(Optional.ofNullable(customer.email())
                .map(e -> Contact.of(ContactRole.ACCOUNTS_PAYABLE, customer.name(), e, null)), List.of());
        return message(noticeId, notice, customer, country, ledger, letterDate, behaviour, billing);
    }

    /**
     * @param recipient the contact person chosen for the notice's channel ({@link NoticeRecipients}); an e-mail notice
     *                  whose choice found nobody with an e-mail address becomes a collector task naming why
     */
    NewOutboxMessage message(long noticeId, NewNotice notice, CustomerMasterData customer, String country, Ledger ledger,
            LocalDate letterDate, BehaviourType behaviour, NoticeRecipients.Choice recipient) {
        Optional<Recipient> emailTo = recipient.contact().flatMap(c -> c.email().map(e -> Recipient.of(e, c.name())));
        if (notice.channel() == DeliveryChannel.EMAIL && emailTo.isPresent()) {
            return letters.isPresent()
                    ? letters.get().email(noticeId, notice, customer, country, ledger, letterDate, behaviour, emailTo.get())
                    : NewOutboxMessage.email(notice.noticeKey(), emailTo.get(), subject(notice), emailText(notice, customer),
                            Optional.empty(), List.of());
        }
        return switch (notice.channel()) {
            case EMAIL, TASK -> NewOutboxMessage.task(notice.noticeKey(), collector,
                    "Contact " + customer.name() + " (" + customer.erpCustomerId() + "): dunning level " + notice.level()
                            + " '" + notice.levelName() + "', " + notice.total(), taskText(notice, customer, recipient));
            default -> throw new IllegalArgumentException("notice " + notice.noticeKey() + ": channel " + notice.channel()
                    + " has no message composer yet");
        };
    }

    private static String subject(NewNotice notice) {
        return "Payment reminder: " + notice.lines().size() + " open item(s), " + notice.total();
    }

    private String emailText(NewNotice notice, CustomerMasterData customer) {
        StringBuilder text = new StringBuilder()
                .append("Dear ").append(customer.name()).append(",\n\n")
                .append("according to our records the following items are still open:\n\n");
        lines(text, notice);
        for (NoticeCharge charge : notice.charges()) {
            text.append("  ").append(describe(charge)).append(": ").append(charge.amount()).append('\n');
        }
        if (notice.charges().isEmpty() && notice.fee().isPositive()) {
            text.append("Dunning fee: ").append(notice.fee()).append('\n');
        }
        text.append("Total: ").append(notice.totalDue()).append("\n\n");
        if (!creditor.iban().isBlank()) {
            text.append("Please pay to ").append(creditor.name().isBlank() ? "us" : creditor.name())
                    .append(", IBAN ").append(creditor.iban());
            if (!creditor.bic().isBlank()) {
                text.append(", BIC ").append(creditor.bic());
            }
            text.append(", quoting the document numbers.\n");
        }
        text.append("If you have paid in the meantime, please disregard this message.\n");
        if (!creditor.name().isBlank()) {
            text.append("\n").append(creditor.name()).append('\n');
        }
        return text.toString();
    }

    private static String taskText(NewNotice notice, CustomerMasterData customer, NoticeRecipients.Choice recipient) {
        StringBuilder text = new StringBuilder("No automatic channel reaches this customer at this level (")
                .append(notice.channel() == DeliveryChannel.EMAIL || customer.email() == null ? "no e-mail address"
                        : "the level asks for a call or a letter")
                .append(").\n");
        recipient.contact().ifPresent(c -> text.append("Call: ").append(NoticeRecipients.label(c.role())).append(' ')
                .append(c.name()).append(c.phone().map(p -> ", " + p).orElse("")).append('\n'));
        recipient.notes().forEach(note -> text.append("Recipient: ").append(note).append('\n'));
        text.append("Open items:\n");
        lines(text, notice);
        for (NoticeCharge charge : notice.charges()) {
            text.append("  ").append(describe(charge)).append(": ").append(charge.amount()).append('\n');
        }
        notice.chargeNotes().forEach(note -> text.append("Not charged: ").append(note).append('\n'));
        return text.append("Why: ").append(notice.reason()).append('\n').toString();
    }

    private static String describe(NoticeCharge charge) {
        return switch (charge.kind()) {
            case INTEREST -> "Late-payment interest on " + charge.documentNumber() + ", " + charge.ratePercent().orElseThrow().toPlainString()
                    + " % a year from " + charge.from().orElseThrow() + " to " + charge.to().orElseThrow();
            case LEVEL_FEE -> "Dunning fee (" + charge.documentNumber() + ")";
            case COMPENSATION -> "Fixed recovery compensation on " + charge.documentNumber();
        };
    }

    private static void lines(StringBuilder text, NewNotice notice) {
        for (NoticeLine line : notice.lines()) {
            text.append("  ").append(line.documentNumber()).append(", due ").append(line.dueDate())
                    .append(": ").append(line.residual()).append(" open\n");
        }
    }
}
