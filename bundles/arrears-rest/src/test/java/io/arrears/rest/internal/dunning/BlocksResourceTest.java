package io.arrears.rest.internal.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.dunning.DunningBlock;
import io.arrears.api.dunning.DunningBlockRepository;
import io.arrears.api.dunning.NewDunningBlock;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.rest.internal.security.TestUser;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlocksResourceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private final FakeBlocks repository = new FakeBlocks();
    private final BlocksResource resource = new BlocksResource(repository, "C1"::equals, Clock.fixed(NOW, ZoneOffset.UTC));
    private final SecurityContext collector = TestUser.of("carla", "collector");
    private final SecurityContext manager = TestUser.of("mia", "manager");

    @Test
    void placeRecordsTheCallerAndTheReason() {
        var response = resource.place("C1", new NewBlockJson("DISPUTE", "C1/INV-7", "wrong quantity"), collector);

        assertThat(response.getStatus()).isEqualTo(201);
        BlockJson json = (BlockJson) response.getEntity();
        assertThat(json.reason()).isEqualTo("DISPUTE");
        assertThat(json.itemId()).isEqualTo("C1/INV-7");
        assertThat(json.createdBy()).isEqualTo("carla");
        assertThat(json.createdAt()).isEqualTo(NOW);
        assertThat(json.active()).isTrue();
        assertThat(resource.list("C1", false)).containsExactly(json);
    }

    @Test
    void badBodiesAreRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> resource.place("C1", new NewBlockJson("LOST", null, null), collector))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'LOST'").hasMessageContaining("DISPUTE");
        assertThatThrownBy(() -> resource.place("C1", new NewBlockJson("OTHER", null, ""), collector))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("note");
        assertThatThrownBy(() -> resource.place("C1", null, collector)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resource.place("NOPE", new NewBlockJson("DISPUTE", null, null), collector))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("'NOPE'");
        assertThat(repository.blocks).isEmpty();
    }

    @Test
    void aDuplicateActiveBlockIsAConflictWithTheStoresMessage() {
        repository.duplicate = true;

        assertThatThrownBy(() -> resource.place("C1", new NewBlockJson("DISPUTE", null, null), collector))
                .isInstanceOf(ClientErrorException.class).hasMessageContaining("already has an active DISPUTE block")
                .extracting(e -> ((ClientErrorException) e).getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void clearingRecordsTheManagerAndOnlyForTheCustomersOwnBlock() {
        BlockJson placed = (BlockJson) resource.place("C1", new NewBlockJson("PAYMENT_PLAN", null, "3 rates"), collector)
                .getEntity();

        assertThatThrownBy(() -> resource.clear("C2", placed.id(), manager)).isInstanceOf(NotFoundException.class);
        assertThat(resource.clear("C1", placed.id(), manager).getStatus()).isEqualTo(204);
        assertThat(resource.list("C1", false)).isEmpty();
        assertThat(resource.list("C1", true)).singleElement().satisfies(b -> {
            assertThat(b.clearedBy()).isEqualTo("mia");
            assertThat(b.clearedAt()).isEqualTo(NOW);
        });
        assertThatThrownBy(() -> resource.clear("C1", placed.id(), manager)).isInstanceOf(ClientErrorException.class)
                .extracting(e -> ((ClientErrorException) e).getResponse().getStatus()).isEqualTo(409);
    }

    private static final class FakeBlocks implements DunningBlockRepository {
        final List<DunningBlock> blocks = new ArrayList<>();
        boolean duplicate;

        @Override
        public DunningBlock place(NewDunningBlock b) {
            if (duplicate) {
                throw new DuplicateKeyException("customer '" + b.customerId() + "' already has an active " + b.reason()
                        + " block: clear it before placing another", "uk_dunning_holds_active", null);
            }
            DunningBlock block = new DunningBlock(blocks.size() + 1, b.customerId(), b.itemId(), b.reason(), b.note(),
                    b.createdBy(), b.createdAt(), Optional.empty(), Optional.empty());
            blocks.add(block);
            return block;
        }

        @Override
        public void clear(long id, String by, Instant at) {
            DunningBlock b = blocks.get((int) id - 1);
            if (!b.active()) {
                throw new IllegalStateException("dunning block " + id + " was already cleared");
            }
            blocks.set((int) id - 1, new DunningBlock(b.id(), b.customerId(), b.itemId(), b.reason(), b.note(), b.createdBy(),
                    b.createdAt(), Optional.of(by), Optional.of(at)));
        }

        @Override
        public List<DunningBlock> active(String customerId) {
            return history(customerId).stream().filter(DunningBlock::active).toList();
        }

        @Override
        public List<DunningBlock> history(String customerId) {
            return blocks.stream().filter(b -> b.customerId().equals(customerId)).toList();
        }
    }
}
