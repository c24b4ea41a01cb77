package io.arrears.route.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.cluster.Leadership;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class ResumeInterruptedRunsTest {

    private final FakeDunningRuns runs = new FakeDunningRuns();
    private final AtomicReference<OptionalLong> token = new AtomicReference<>(OptionalLong.of(7));
    private final Leadership leadership = new Leadership() {
        @Override
        public boolean isLeader(String namespace) {
            return token.get().isPresent();
        }

        @Override
        public OptionalLong fencingToken(String namespace) {
            assertThat(namespace).isEqualTo(Leadership.DUNNING);
            return token.get();
        }
    };

    @Test
    void theLeaderResumesEveryInterruptedRunWithItsFencingToken() {
        runs.interrupted.add(3L);
        runs.interrupted.add(5L);

        resume();

        assertThat(runs.executed).containsExactly(3L, 5L);
        assertThat(runs.fencedWith).containsExactly(7L, 7L);
        assertThat(runs.interrupted).isEmpty();
    }

    @Test
    void aNodeThatLostItsLeaseLeavesTheRunToTheNewLeader() {
        runs.interrupted.add(3L);
        token.set(OptionalLong.empty());

        assertThatThrownBy(this::resume).isInstanceOf(IllegalStateException.class).hasMessageContaining("no longer leads");
        assertThat(runs.executed).isEmpty();
    }

    private void resume() {
        new ResumeInterruptedRuns(runs, new FencedExecution(runs, Optional.of(leadership)), Duration.ofSeconds(5))
                .process(new DefaultExchange(new DefaultCamelContext()));
    }
}
