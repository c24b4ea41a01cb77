package io.arrears.rest.internal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.timeline.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineResourceTest {

    private final TimelineResource resource = new TimelineResource((customer, limit) -> List.of(
            new TimelineEntry(Instant.parse("2026-03-10T09:00:00Z"), "PROMISE_MADE", "Promise to pay 500.00 EUR by 2026-03-14",
                    Map.of("amount", "500.00 EUR"), "PTP-" + customer + "-" + limit)));

    @Test
    void entriesKeepTheirShapeAndTheLimitIsPassedOn() {
        assertThat(resource.timeline("C1", 20)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("PROMISE_MADE");
            assertThat(e.details()).containsEntry("amount", "500.00 EUR");
            assertThat(e.reference()).isEqualTo("PTP-C1-20");
        });
    }

    @Test
    void aLimitOutsideOneToFiveHundredIsRefused() {
        assertThatThrownBy(() -> resource.timeline("C1", 0)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("limit");
        assertThatThrownBy(() -> resource.timeline("C1", 501)).isInstanceOf(IllegalArgumentException.class);
    }
}
