package io.arrears.core.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.dunning.NewNotice;
import io.arrears.api.dunning.NoticeMark;
import io.arrears.api.dunning.NoticeStatus;
import io.arrears.api.dunning.StoredNotice;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.DeliveryChannel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoticeDraftsTest {

    private static final LocalDate RUN = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private static DunningProposal proposal(List<ContactChannel> channels, String residual) {
        ProposedItem item = new ProposedItem("C-1/INV-1", "INV-1", LocalDate.of(2026, 3, 1), Money.of(residual, "EUR"),
                Optional.of(new LastNotice(1, LocalDate.of(2026, 2, 26))));
        return new DunningProposal("C-1", 2, "first-reminder", List.of(item), Money.of(residual, "EUR"), channels, Tone.FRIENDLY,
                Money.of("0.00", "EUR"), false, "de", Optional.empty(), ProposalStatus.READY, NOW, "level 2 due");
    }

    @Test
    void theNoticeCarriesTheResidualsDaysOverdueAndAKeyUniquePerRun() {
        NewNotice notice = NoticeDrafts.notice(proposal(List.of(ContactChannel.EMAIL), "70.00"), 42, RUN, true);

        assertThat(notice.lines()).singleElement().satisfies(line -> {
            assertThat(line.residual()).isEqualTo(Money.of("70.00", "EUR"));
            assertThat(line.daysOverdue()).isEqualTo(9);
            assertThat(line.previousNotice()).contains(new NoticeMark(1, LocalDate.of(2026, 2, 26)));
        });
        assertThat(notice.noticeKey()).startsWith("dunning/C-1/L2/").endsWith("/run-42");
        assertThat(notice.channel()).isEqualTo(DeliveryChannel.EMAIL);
    }

    @Test
    void theItemSetHashChangesWithTheResidual() {
        NewNotice before = NoticeDrafts.notice(proposal(List.of(ContactChannel.EMAIL), "70.00"), 1, RUN, true);
        NewNotice after = NoticeDrafts.notice(proposal(List.of(ContactChannel.EMAIL), "69.99"), 1, RUN, true);

        assertThat(before.itemSetHash()).hasSize(64).isNotEqualTo(after.itemSetHash());
        assertThat(NoticeDrafts.notice(proposal(List.of(ContactChannel.EMAIL), "70.00"), 1, RUN, true).itemSetHash())
                .isEqualTo(before.itemSetHash());
    }

    @Test
    void channelIsTheFirstReachableOneAndACollectorTaskOtherwise() {
        assertThat(NoticeDrafts.channel(List.of(ContactChannel.LETTER, ContactChannel.EMAIL), true)).isEqualTo(DeliveryChannel.EMAIL);
        assertThat(NoticeDrafts.channel(List.of(ContactChannel.EMAIL, ContactChannel.SMS), false)).isEqualTo(DeliveryChannel.TASK);
        assertThat(NoticeDrafts.channel(List.of(ContactChannel.PHONE, ContactChannel.EMAIL), true)).isEqualTo(DeliveryChannel.TASK);
    }

    @Test
    void aStoredNoticeTurnsBackIntoTheProposalItCameFrom() {
        DunningProposal original = proposal(List.of(ContactChannel.EMAIL), "70.00");
        NewNotice notice = NoticeDrafts.notice(original, 1, RUN, true);

        DunningProposal again = NoticeDrafts.proposal(new StoredNotice(7, 1, notice, NoticeStatus.PROPOSED, Optional.empty(), Optional.empty()));

        assertThat(again.items()).isEqualTo(original.items());
        assertThat(again.level()).isEqualTo(2);
        assertThat(again.customerId()).isEqualTo("C-1");
    }
}
