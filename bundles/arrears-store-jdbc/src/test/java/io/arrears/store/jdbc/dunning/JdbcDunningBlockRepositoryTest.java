package io.arrears.store.jdbc.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.dunning.BlockReason;
import io.arrears.api.dunning.DunningBlock;
import io.arrears.api.dunning.NewDunningBlock;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JdbcDunningBlockRepositoryTest {

    private static final Instant PLACED = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant CLEARED = Instant.parse("2026-03-12T15:30:00Z");

    private static JdbcDunningBlockRepository repository(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), Clock.fixed(PLACED, ZoneOffset.UTC)).migrate(db.dataSource());
        return new JdbcDunningBlockRepository(db.dataSource());
    }

    private static NewDunningBlock block(String customer, Optional<String> item, BlockReason reason, String note) {
        return new NewDunningBlock(customer, item, reason, note, "carla", PLACED);
    }

    @DatabaseTest
    void placesAndListsActiveBlocksOfTheCustomerOnly(TestDatabase db) {
        JdbcDunningBlockRepository blocks = repository(db);

        DunningBlock dispute = blocks.place(block("C-1", Optional.empty(), BlockReason.DISPUTE, "amount contested"));
        DunningBlock plan = blocks.place(block("C-1", Optional.of("C-1/INV-2"), BlockReason.PAYMENT_PLAN, ""));
        blocks.place(block("C-2", Optional.empty(), BlockReason.INSOLVENCY, ""));

        assertThat(blocks.active("C-1")).containsExactly(dispute, plan);
        assertThat(dispute.id()).isPositive();
        assertThat(dispute.itemId()).isEmpty();
        assertThat(dispute.createdBy()).isEqualTo("carla");
        assertThat(dispute.createdAt()).isEqualTo(PLACED);
        assertThat(dispute.active()).isTrue();
        assertThat(dispute.describe()).isEqualTo("DISPUTE: amount contested");
        assertThat(plan.itemId()).contains("C-1/INV-2");
        assertThat(plan.describe()).isEqualTo("PAYMENT_PLAN");
    }

    @DatabaseTest
    void clearingEndsTheBlockAndHistoryKeepsIt(TestDatabase db) {
        JdbcDunningBlockRepository blocks = repository(db);
        DunningBlock dispute = blocks.place(block("C-1", Optional.empty(), BlockReason.DISPUTE, "amount contested"));

        blocks.clear(dispute.id(), "mia", CLEARED);

        assertThat(blocks.active("C-1")).isEmpty();
        assertThat(blocks.history("C-1")).singleElement().satisfies(b -> {
            assertThat(b.active()).isFalse();
            assertThat(b.clearedBy()).contains("mia");
            assertThat(b.clearedAt()).contains(CLEARED);
        });
    }

    @DatabaseTest
    void aSecondActiveBlockOfTheSameReasonIsRefusedWithTheTargetNamed(TestDatabase db) {
        JdbcDunningBlockRepository blocks = repository(db);
        blocks.place(block("C-1", Optional.of("C-1/INV-1"), BlockReason.DISPUTE, "wrong quantity"));

        assertThatThrownBy(() -> blocks.place(block("C-1", Optional.of("C-1/INV-1"), BlockReason.DISPUTE, "again")))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("item 'C-1/INV-1' of customer 'C-1' already has an active DISPUTE block")
                .extracting(e -> ((DuplicateKeyException) e).constraint()).isEqualTo(JdbcDunningBlockRepository.ACTIVE_KEY);
        assertThat(blocks.active("C-1")).hasSize(1);
    }

    @DatabaseTest
    void otherReasonsTargetsAndClearedBlocksDoNotCollide(TestDatabase db) {
        JdbcDunningBlockRepository blocks = repository(db);
        DunningBlock first = blocks.place(block("C-1", Optional.empty(), BlockReason.DISPUTE, "first"));
        blocks.clear(first.id(), "mia", CLEARED);
        DunningBlock second = blocks.place(block("C-1", Optional.empty(), BlockReason.DISPUTE, "second"));
        blocks.clear(second.id(), "mia", CLEARED);

        blocks.place(block("C-1", Optional.empty(), BlockReason.DISPUTE, "third"));
        blocks.place(block("C-1", Optional.empty(), BlockReason.AGENCY_PLACEMENT, ""));
        blocks.place(block("C-1", Optional.of("C-1/INV-1"), BlockReason.DISPUTE, ""));

        assertThat(blocks.active("C-1")).extracting(DunningBlock::describe)
                .containsExactly("DISPUTE: third", "AGENCY_PLACEMENT", "DISPUTE");
        assertThat(blocks.history("C-1")).hasSize(5);
    }

    @DatabaseTest
    void clearingTwiceOrAnUnknownBlockIsRefused(TestDatabase db) {
        JdbcDunningBlockRepository blocks = repository(db);
        DunningBlock dispute = blocks.place(block("C-1", Optional.empty(), BlockReason.DISPUTE, ""));
        blocks.clear(dispute.id(), "mia", CLEARED);

        assertThatThrownBy(() -> blocks.clear(dispute.id(), "max", CLEARED.plusSeconds(60)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already cleared by mia");
        assertThatThrownBy(() -> blocks.clear(999_999, "max", CLEARED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no dunning block with id 999999");
        assertThat(blocks.history("C-1")).singleElement().extracting(b -> b.clearedBy()).isEqualTo(Optional.of("mia"));
    }

    @Test
    void otherWithoutANoteIsRefusedBeforeTheDatabase() {
        assertThatThrownBy(() -> block("C-1", Optional.empty(), BlockReason.OTHER, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("note must not be blank");
    }
}
