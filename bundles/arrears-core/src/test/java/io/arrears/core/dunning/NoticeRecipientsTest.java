package io.arrears.core.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.Contact;
import io.arrears.api.ledger.ContactRole;
import io.arrears.api.outbox.DeliveryChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeRecipientsTest {

    private static final Contact CLERK = Contact.of(ContactRole.ACCOUNTS_PAYABLE, "Ewa Kowal", null, "+48221111111");
    private static final Contact BOSS = Contact.of(ContactRole.DECISION_MAKER, "Jan Nowak", "jan@alpha.example", "+48222222222");
    private static final Contact LAWYER = Contact.of(ContactRole.ESCALATION, "Legal dept.", "legal@alpha.example", null);

    @Test
    void theFirstRoleWithAnAddressForTheChannelReceivesTheNotice() {
        NoticeRecipients.Choice choice = NoticeRecipients.choose(List.of(ContactRole.DECISION_MAKER, ContactRole.ESCALATION),
                List.of(CLERK, BOSS, LAWYER), DeliveryChannel.EMAIL);

        assertThat(choice.contact()).contains(BOSS);
        assertThat(choice.notes()).isEmpty();
        assertThat(choice.describe()).isEqualTo("to decision maker Jan Nowak");
    }

    @Test
    void rolesWithoutContactOrAddressAreSkippedWithAVisibleReason() {
        NoticeRecipients.Choice choice = NoticeRecipients.choose(List.of(ContactRole.ACCOUNTS_PAYABLE, ContactRole.ESCALATION),
                List.of(CLERK, LAWYER), DeliveryChannel.EMAIL);

        assertThat(choice.contact()).contains(LAWYER);
        assertThat(choice.describe()).isEqualTo(
                "to escalation contact Legal dept. (accounts-payable clerk Ewa Kowal skipped: no e-mail address)");
    }

    @Test
    void theFallbackIsAnyOtherContactWithAnAddressClerkFirst() {
        NoticeRecipients.Choice choice = NoticeRecipients.choose(List.of(ContactRole.ESCALATION), List.of(CLERK, BOSS),
                DeliveryChannel.TASK);

        assertThat(choice.contact()).contains(CLERK);
        assertThat(choice.notes()).containsExactly("escalation contact skipped: no such contact", "fallback to accounts-payable clerk");
    }

    @Test
    void nobodyReachableIsSaidSo() {
        NoticeRecipients.Choice choice = NoticeRecipients.choose(List.of(ContactRole.ACCOUNTS_PAYABLE), List.of(CLERK),
                DeliveryChannel.EMAIL);

        assertThat(choice.contact()).isEmpty();
        assertThat(choice.describe()).isEqualTo("no contact reachable (accounts-payable clerk Ewa Kowal skipped: no e-mail address; "
                + "no contact has e-mail address)");
    }
}
