package io.arrears.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.money.Money;
import io.arrears.api.plan.Frequency;
import io.arrears.api.plan.Instalment;
import io.arrears.api.plan.PlanTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class InstalmentPropertiesTest {

    private final InstalmentCalculator calculator = new InstalmentCalculator();

    @Property(tries = 300)
    void principalsAddUpToTheTotalAndDatesStrictlyIncrease(
            @ForAll @LongRange(min = 1, max = 10_000_000_000L) long totalMinorUnits,
            @ForAll @IntRange(min = 1, max = 120) int instalments,
            @ForAll Frequency frequency,
            @ForAll @IntRange(min = 0, max = 3650) int startOffset,
            @ForAll @IntRange(min = 1, max = 60) int daysToFirst,
            @ForAll @IntRange(min = 0, max = 90) int downPercent,
            @ForAll @IntRange(min = 0, max = 3000) int rateBasisPoints,
            @ForAll boolean withRate,
            @ForAll("currencies") String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        int scale = Money.scaleOf(currency);
        Money total = new Money(BigDecimal.valueOf(totalMinorUnits, scale), currency);
        long downUnits = totalMinorUnits * downPercent / 100;
        Optional<Money> down = downUnits > 0 && downUnits < totalMinorUnits
                ? Optional.of(new Money(BigDecimal.valueOf(downUnits, scale), currency)) : Optional.empty();
        long financedUnits = totalMinorUnits - down.map(d -> d.amount().movePointRight(scale).longValueExact()).orElse(0L);
        int n = (int) Math.min(instalments, financedUnits);
        LocalDate start = LocalDate.of(2020, 1, 1).plusDays(startOffset);
        PlanTerms terms = new PlanTerms("C1", List.of(), total, n, frequency, start, start.plusDays(daysToFirst), down,
                withRate ? Optional.of(BigDecimal.valueOf(rateBasisPoints, 2)) : Optional.empty(), 3);

        List<Instalment> schedule = calculator.schedule(terms);

        Money principal = schedule.stream().map(Instalment::principal).reduce(Money::plus).orElseThrow();
        assertThat(principal).isEqualTo(total);
        assertThat(schedule).hasSize(n + (down.isPresent() ? 1 : 0));
        for (int i = 1; i < schedule.size(); i++) {
            assertThat(schedule.get(i).dueDate()).isAfter(schedule.get(i - 1).dueDate());
        }
        assertThat(schedule).allSatisfy(i -> {
            assertThat(i.principal().isPositive()).isTrue();
            assertThat(i.interest().isNegative()).isFalse();
        });
        // only the last instalment absorbs the remainder: the others are equal
        List<Instalment> regular = schedule.subList(down.isPresent() ? 1 : 0, schedule.size() - 1);
        assertThat(regular.stream().map(Instalment::principal).distinct()).hasSizeLessThanOrEqualTo(1);
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("EUR", "JPY", "KWD", "TRY", "ILS", "PLN");
    }
}
