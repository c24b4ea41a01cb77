package io.arrears.core.ledger;

import static io.arrears.core.ledger.Fixtures.JAN_1;
import static io.arrears.core.ledger.Fixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.ledger.Claim;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.plan.ApprovalRequiredException;
import io.arrears.api.profile.BehaviourType;
import io.arrears.core.profile.AppliedGuardrails;
import io.arrears.core.profile.Guardrails;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A collector waives fees or interest only within the guardrails of the debtor's type and segment; beyond, a manager. */
class GuardedWaiverTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);
    private static final Guardrails FEES_ONLY = new Guardrails(6, new BigDecimal("10"), BigDecimal.ZERO, 30, true, false);

    private final InMemoryJournal journal = new InMemoryJournal();
    private final List<String> notes = new ArrayList<>();

    GuardedWaiverTest() {
        journal.append(new LedgerEvent.ItemRecorded(Fixtures.item("F1", ItemKind.FEE, JAN_1, eur("40"), "A")));
        journal.append(new LedgerEvent.ItemRecorded(Fixtures.item("I1", ItemKind.INTEREST, JAN_1, eur("12.34"), "A")));
    }

    @Test
    void aCollectorWaivesAFeeTheRowAllowsAndIsRefusedInterestItDoesNot() {
        AppliedGuardrails row = new AppliedGuardrails(BehaviourType.STRUGGLING, Optional.of("micro"), true, FEES_ONLY);
        ClaimServiceImpl claims = new ClaimServiceImpl(journal, id -> row, this::note, CLOCK);

        Claim fee = claims.waive("C1", "F1", "goodwill", "carla", false);
        assertThat(fee.balance().status()).isEqualTo(ItemStatus.WAIVED);
        assertThat(fee.waiver()).hasValueSatisfying(w -> assertThat(w.reason()).isEqualTo("goodwill"));

        assertThatThrownBy(() -> claims.waive("C1", "I1", "goodwill", "carla", false))
                .isInstanceOf(ApprovalRequiredException.class)
                .satisfies(e -> assertThat(((ApprovalRequiredException) e).reasons()).singleElement().asString()
                        .contains("waiving interest", "guardrails STRUGGLING / micro"));
        assertThat(claims.claims("C1").orElseThrow()).filteredOn(c -> c.id().equals("I1")).singleElement()
                .satisfies(c -> assertThat(c.waiver()).isEmpty());
        assertThat(notes).as("nothing beyond the guardrails was approved").isEmpty();
    }

    @Test
    void aManagerWaivesBeyondTheGuardrailsAndTheJournalSaysSo() {
        ClaimServiceImpl claims = new ClaimServiceImpl(journal, id -> AppliedGuardrails.ofType(BehaviourType.CHRONIC_LATE,
                new Guardrails(3, new BigDecimal("40"), BigDecimal.ZERO, 7, false, false)), this::note, CLOCK);

        Claim interest = claims.waive("C1", "I1", "goodwill", "maria", true);

        assertThat(interest.waiver()).hasValueSatisfying(w -> {
            assertThat(w.waivedBy()).isEqualTo("maria");
            assertThat(w.reason()).isEqualTo("goodwill");
        });
        assertThat(notes).singleElement().asString().startsWith("C1: waiver of I1 approved by maria beyond the guardrails")
                .contains("waiving interest", "CHRONIC_LATE (no segment)");
    }

    @Test
    void withoutGuardrailsOnlyAManagerWaives() {
        ClaimServiceImpl claims = new ClaimServiceImpl(journal, CLOCK);

        assertThatThrownBy(() -> claims.waive("C1", "F1", "goodwill", "carla", false)).isInstanceOf(ApprovalRequiredException.class);
        assertThat(claims.waive("C1", "F1", "goodwill", "maria", true).balance().status()).isEqualTo(ItemStatus.WAIVED);
        assertThatThrownBy(() -> claims.waive("C1", "F1", "again", "maria", true)).isInstanceOf(IllegalStateException.class);
    }

    private void note(String customer, String text) {
        notes.add(customer + ": " + text);
    }

}
