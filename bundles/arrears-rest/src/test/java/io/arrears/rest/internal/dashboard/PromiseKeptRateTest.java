package io.arrears.rest.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.Channel;
import io.arrears.api.money.Money;
import io.arrears.api.promise.PromiseState;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.api.promise.TrackedPromise;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseKeptRateTest {

    static final LocalDate TO = LocalDate.of(2025, 3, 31);

    static TrackedPromise promise(String id, LocalDate date, PromiseState state) {
        return new TrackedPromise(new PromiseToPay(id, "C1", List.of(), Money.of("100.00", "EUR"), date, Channel.values()[0],
                "carla", Instant.parse("2025-01-01T09:00:00Z")), state);
    }

    @Test
    void keptInFullOverDecidedPromisesDueInThePeriod() {
        PromiseKeptRate rate = PromiseKeptRate.of(List.of(
                promise("a", TO.minusDays(1), PromiseState.KEPT),
                promise("b", TO.minusDays(10), PromiseState.KEPT),
                promise("c", TO.minusDays(20), PromiseState.PARTIALLY_KEPT),
                promise("d", TO.minusDays(30), PromiseState.BROKEN),
                promise("e", TO, PromiseState.PENDING),
                promise("old", TO.minusDays(120), PromiseState.BROKEN),
                promise("later", TO.plusDays(3), PromiseState.PENDING)), TO.minusDays(90), TO);

        assertThat(rate.kept()).isEqualTo(2);
        assertThat(rate.partiallyKept()).isEqualTo(1);
        assertThat(rate.broken()).isEqualTo(1);
        assertThat(rate.awaiting()).isEqualTo(1);
        assertThat(rate.due()).isEqualTo(5);
        assertThat(rate.rate()).isEqualByComparingTo(new BigDecimal("0.5"));
    }

    @Test
    void noDecidedPromiseMeansNoRate() {
        assertThat(PromiseKeptRate.of(List.of(promise("e", TO, PromiseState.PENDING)), TO.minusDays(90), TO).rate()).isNull();
    }
}
