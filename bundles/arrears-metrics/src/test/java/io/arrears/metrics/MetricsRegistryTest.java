package io.arrears.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.metrics.Meter;
import io.arrears.api.metrics.MeterValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsRegistryTest {

    private final List<String> published = new ArrayList<>();
    private final MetricsRegistry registry = new MetricsRegistry((meter, labels) -> published.add(meter.name() + labels));

    @Test
    void countersCountPerLabelValueAndAreAnnouncedOnce() {
        registry.increment(ArrearsMeters.NOTICES_SENT, "EMAIL");
        registry.increment(ArrearsMeters.NOTICES_SENT, "EMAIL");
        registry.increment(ArrearsMeters.NOTICES_SENT, "SMS");

        assertThat(registry.value(ArrearsMeters.NOTICES_SENT, List.of("EMAIL")).value()).isEqualTo(2);
        assertThat(registry.value(ArrearsMeters.NOTICES_SENT, List.of("SMS")).value()).isEqualTo(1);
        assertThat(registry.value(ArrearsMeters.NOTICES_SENT, List.of("LETTER")).value()).isZero();
        assertThat(published).containsExactly("arrears_notices_sent_total[EMAIL]", "arrears_notices_sent_total[SMS]");
    }

    @Test
    void summariesKeepCountAndSumInSeconds() {
        registry.observe(ArrearsMeters.DUNNING_RUN_DURATION, Duration.ofMillis(1500), "propose");
        registry.observe(ArrearsMeters.DUNNING_RUN_DURATION, Duration.ofMillis(500), "propose");

        MeterValue value = registry.value(ArrearsMeters.DUNNING_RUN_DURATION, List.of("propose"));
        assertThat(value.count()).isEqualTo(2);
        assertThat(value.value()).isEqualTo(2.0);
        assertThat(value.mean()).isEqualTo(1.0);
    }

    @Test
    void gaugesGoUpAndDown() {
        registry.adjust(ArrearsMeters.CAMEL_EXCHANGES_INFLIGHT, 1, "r");
        registry.adjust(ArrearsMeters.CAMEL_EXCHANGES_INFLIGHT, 1, "r");
        registry.adjust(ArrearsMeters.CAMEL_EXCHANGES_INFLIGHT, -1, "r");

        assertThat(registry.value(ArrearsMeters.CAMEL_EXCHANGES_INFLIGHT, List.of("r")).value()).isEqualTo(1);
    }

    @Test
    void snapshotIsOrderedByNameThenLabels() {
        registry.increment(ArrearsMeters.NOTICES_SENT, "SMS");
        registry.increment(ArrearsMeters.DEAD_LETTERS, "EMAIL");
        registry.increment(ArrearsMeters.NOTICES_SENT, "EMAIL");

        assertThat(registry.snapshot()).extracting(s -> s.meter().name())
                .containsExactly("arrears_dead_letters_total", "arrears_notices_sent_total");
        assertThat(registry.snapshot().get(1).values()).extracting(v -> v.labelValues().get(0)).containsExactly("EMAIL", "SMS");
    }

    @Test
    void wrongTypeWrongLabelsAndNameClashesAreRefused() {
        assertThatThrownBy(() -> registry.adjust(ArrearsMeters.NOTICES_SENT, 1, "EMAIL"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COUNTER");
        assertThatThrownBy(() -> registry.increment(ArrearsMeters.NOTICES_SENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[channel]");
        registry.increment(ArrearsMeters.NOTICES_SENT, "EMAIL");
        Meter clash = Meter.counter("arrears_notices_sent_total", "other help", "channel");
        assertThatThrownBy(() -> registry.increment(clash, "EMAIL"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two different meters");
        assertThatThrownBy(() -> Meter.counter("bad-name", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
