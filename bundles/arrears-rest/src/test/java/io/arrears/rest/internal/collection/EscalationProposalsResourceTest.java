package io.arrears.rest.internal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.promise.Consequence;
import io.arrears.api.promise.ConsequenceKind;
import io.arrears.api.promise.PromiseRepository;
import io.arrears.api.promise.PromiseStateChange;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.api.promise.RecordedConsequence;
import io.arrears.api.promise.RecordedStateChange;
import io.arrears.api.promise.TrackedPromise;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationProposalsResourceTest {

    private static final Instant AT = Instant.parse("2026-03-20T07:00:00Z");

    private final List<Object[]> asked = new ArrayList<>();
    private final EscalationProposalsResource resource = new EscalationProposalsResource(new Consequences());

    @Test
    void theProposalsKeepTheirShapeAndOnlyEscalationsAreAskedFor() {
        List<EscalationProposalJson> proposals = resource.list(20);

        assertThat(asked).singleElement().satisfies(a -> {
            assertThat(a[0]).isEqualTo(ConsequenceKind.ESCALATION_PROPOSAL);
            assertThat(a[1]).isEqualTo(20);
        });
        assertThat(proposals).singleElement().isEqualTo(new EscalationProposalJson(7, "C-1", "PLAN-C-1-1", List.of("C-1/INV-1"),
                "instalment 2 of 3 missed", AT));
    }

    @Test
    void aLimitOutsideOneToFiveHundredIsRefused() {
        assertThatThrownBy(() -> resource.list(0)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("limit");
        assertThatThrownBy(() -> resource.list(501)).isInstanceOf(IllegalArgumentException.class);
        assertThat(asked).isEmpty();
    }

    /** Only the consequence queries answer; the resource needs nothing else. */
    private final class Consequences implements PromiseRepository {

        @Override
        public List<RecordedConsequence> consequences(ConsequenceKind kind, int limit) {
            asked.add(new Object[] {kind, limit});
            return List.of(new RecordedConsequence(7, new Consequence(kind, "C-1", "PLAN-C-1-1", List.of("C-1/INV-1"),
                    "instalment 2 of 3 missed"), Optional.empty(), AT));
        }

        @Override
        public List<RecordedConsequence> consequences(String erpCustomerId) {
            return List.of();
        }

        @Override
        public TrackedPromise save(PromiseToPay promise) {
            throw new AssertionError("not used by the resource");
        }

        @Override
        public Optional<TrackedPromise> find(String promiseId) {
            return Optional.empty();
        }

        @Override
        public List<TrackedPromise> forCustomer(String erpCustomerId) {
            return List.of();
        }

        @Override
        public List<TrackedPromise> pending() {
            return List.of();
        }

        @Override
        public boolean changeState(PromiseStateChange change, Instant recordedAt) {
            throw new AssertionError("not used by the resource");
        }

        @Override
        public List<RecordedStateChange> stateChanges(String erpCustomerId) {
            return List.of();
        }
    }
}
