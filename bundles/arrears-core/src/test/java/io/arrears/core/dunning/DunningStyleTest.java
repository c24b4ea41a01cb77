package io.arrears.core.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.ContactRole;
import io.arrears.api.profile.BehaviourType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DunningStyleTest {

    @Test
    void thePlaybooksOrderComesFirstAmongTheChannelsTheLevelAllows() {
        DunningStyle phoneFirst = new DunningStyle(BehaviourType.EASYGOING,
                List.of(ContactChannel.PHONE, ContactChannel.SMS, ContactChannel.EMAIL));

        assertThat(phoneFirst.order(List.of(ContactChannel.EMAIL, ContactChannel.LETTER, ContactChannel.PHONE)))
                .containsExactly(ContactChannel.PHONE, ContactChannel.EMAIL, ContactChannel.LETTER);
        assertThat(phoneFirst.order(List.of(ContactChannel.EMAIL))).as("the policy decides what a level may use")
                .containsExactly(ContactChannel.EMAIL);
    }

    @Test
    void withoutAProfileTheLevelsOwnOrderStays() {
        assertThat(DunningStyle.NONE.order(List.of(ContactChannel.LETTER, ContactChannel.EMAIL)))
                .containsExactly(ContactChannel.LETTER, ContactChannel.EMAIL);
        assertThat(DunningStyle.NONE.type()).isEqualTo(BehaviourType.UNKNOWN);
    }

    @Test
    void thePlaybooksEscalationSpeedAdjustsTheLevelsRecipientRoles() {
        List<ContactRole> firm = List.of(ContactRole.ACCOUNTS_PAYABLE, ContactRole.DECISION_MAKER);

        assertThat(new DunningStyle(BehaviourType.CHRONIC_LATE, List.of(), "FAST").recipients(firm))
                .as("chronic late payers: the role above first").containsExactly(ContactRole.DECISION_MAKER,
                        ContactRole.ESCALATION, ContactRole.ACCOUNTS_PAYABLE);
        assertThat(new DunningStyle(BehaviourType.STRUGGLING, List.of(), "SLOW").recipients(
                List.of(ContactRole.DECISION_MAKER, ContactRole.ESCALATION)))
                .as("a plan being kept: the clerk first").containsExactly(ContactRole.ACCOUNTS_PAYABLE,
                        ContactRole.DECISION_MAKER, ContactRole.ESCALATION);
        assertThat(DunningStyle.NONE.recipients(firm)).containsExactlyElementsOf(firm);
    }
}
