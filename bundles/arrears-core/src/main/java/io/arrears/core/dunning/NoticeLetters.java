package io.arrears.core.dunning;

import io.arrears.api.dunning.NewNotice;
import io.arrears.api.dunning.NoticeCharge;
import io.arrears.api.letter.InterestLine;
import io.arrears.api.dunning.NoticeLine;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.letter.Creditor;
import io.arrears.api.letter.Debtor;
import io.arrears.api.letter.FeeKind;
import io.arrears.api.letter.FeeLine;
import io.arrears.api.letter.LetterItem;
import io.arrears.api.letter.LetterRenderer;
import io.arrears.api.letter.LetterRequest;
import io.arrears.api.letter.PostalAddress;
import io.arrears.api.letter.RenderedLetter;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.Attachment;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Recipient;
import io.arrears.api.profile.BehaviourType;
import io.arrears.core.ledger.Ledger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A notice as a rendered e-mail: {@link LetterRenderer} gives subject, text, HTML and the PDF (attached).
 * The master data carries no postal address, so the debtor's address on the letter is its name and country.
 * The payment reference is the first item's RF reference when it has a valid one, else an RF reference
 * made from the notice id. The notice's interest (per item and rate period) and fees are itemised.
 */
public final class NoticeLetters {

    private final LetterRenderer renderer;
    private final Creditor creditor;
    private final int payWithinDays;

    public NoticeLetters(LetterRenderer renderer, CreditorDetails details, LetterCreditor letter) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.creditor = Creditor.of(details.name(), new PostalAddress(letter.addressLines(), letter.countryCode()),
                details.iban(), details.bic().isBlank() ? null : details.bic(), null);
        this.payWithinDays = letter.payWithinDays();
    }

    NewOutboxMessage email(long noticeId, NewNotice notice, CustomerMasterData customer, String country, Ledger ledger,
            LocalDate letterDate) {
        return email(noticeId, notice, customer, country, ledger, letterDate, BehaviourType.UNKNOWN);
    }

    NewOutboxMessage email(long noticeId, NewNotice notice, CustomerMasterData customer, String country, Ledger ledger,
            LocalDate letterDate, BehaviourType behaviour) {
        return email(noticeId, notice, customer, country, ledger, letterDate, behaviour, Recipient.of(customer.email(), customer.name()));
    }

    /** @param to the chosen contact person; the letter greets them by name when it is not the company's name */
    NewOutboxMessage email(long noticeId, NewNotice notice, CustomerMasterData customer, String country, Ledger ledger,
            LocalDate letterDate, BehaviourType behaviour, Recipient to) {
        Optional<String> person = to.name().filter(n -> !n.equals(customer.name()));
        RenderedLetter letter = renderer.render(request(noticeId, notice, customer, country, ledger, letterDate, behaviour, person));
        Attachment pdf = new Attachment("notice-" + noticeId + ".pdf", Attachment.PDF, letter.pdf());
        return NewOutboxMessage.email(notice.noticeKey(), to, letter.subject(), letter.textBody(), Optional.of(letter.htmlBody()),
                List.of(pdf));
    }

    LetterRequest request(long noticeId, NewNotice notice, CustomerMasterData customer, String country, Ledger ledger,
            LocalDate letterDate) {
        return request(noticeId, notice, customer, country, ledger, letterDate, BehaviourType.UNKNOWN);
    }

    /** @param behaviour picks the letter variant: the behaviour paragraph of the type's playbook */
    LetterRequest request(long noticeId, NewNotice notice, CustomerMasterData customer, String country, Ledger ledger,
            LocalDate letterDate, BehaviourType behaviour) {
        return request(noticeId, notice, customer, country, ledger, letterDate, behaviour, Optional.empty());
    }

    private LetterRequest request(long noticeId, NewNotice notice, CustomerMasterData customer, String country, Ledger ledger,
            LocalDate letterDate, BehaviourType behaviour, Optional<String> contactPerson) {
        List<LetterItem> items = new ArrayList<>();
        Optional<String> itemReference = Optional.empty();
        for (NoticeLine line : notice.lines()) {
            ItemBalance balance = ledger.balance(line.itemId()).orElseThrow(() -> new IllegalStateException(
                    "notice " + notice.noticeKey() + ": item " + line.itemId() + " is not in the ledger"));
            items.add(new LetterItem(line.documentNumber(), balance.item().issueDate(), line.dueDate(),
                    balance.item().amount(), line.residual(), Math.max(0, line.daysOverdue())));
            if (itemReference.isEmpty()) {
                itemReference = balance.item().paymentReference().filter(CreditorReference::isValid);
            }
        }
        List<InterestLine> interest = new ArrayList<>();
        List<FeeLine> fees = new ArrayList<>();
        for (NoticeCharge charge : notice.charges()) {
            switch (charge.kind()) {
                case INTEREST -> interest.add(new InterestLine(charge.documentNumber(), charge.ratePercent().orElseThrow(),
                        charge.from().orElseThrow(), charge.to().orElseThrow(), charge.amount()));
                case LEVEL_FEE -> fees.add(FeeLine.of(FeeKind.REMINDER_FEE, charge.documentNumber(), charge.amount()));
                case COMPENSATION -> fees.add(FeeLine.of(FeeKind.RECOVERY_COMPENSATION, charge.documentNumber(), charge.amount()));
            }
        }
        if (notice.charges().isEmpty() && notice.fee().isPositive()) {
            fees.add(FeeLine.of(FeeKind.REMINDER_FEE, null, notice.fee()));
        }
        Money totalDue = notice.totalDue();
        Debtor debtor = Debtor.of(customer.name(), PostalAddress.of(country, customer.name()), contactPerson.orElse(null));
        return new LetterRequest("N" + noticeId, notice.languageTag(), notice.level(),
                io.arrears.api.letter.Tone.valueOf(notice.tone()), behaviour, creditor, debtor, items, interest,
                fees, totalDue, letterDate.plusDays(payWithinDays), itemReference.orElse(CreditorReference.of("N" + noticeId)),
                letterDate);
    }
}
