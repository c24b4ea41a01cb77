package io.arrears.api.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void holdsTheCurrencyScale() {
        assertThat(Money.of("100", "EUR").amount()).isEqualByComparingTo("100.00").hasScaleOf(2);
        assertThat(Money.of("100", "JPY").amount().scale()).isZero();
        assertThat(Money.of("1.5", "KWD").amount().scale()).isEqualTo(3);
        assertThat(Money.of("10", "BHD").amount().toPlainString()).isEqualTo("10.000");
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.of("1.005", "EUR")).hasMessageContaining("EUR");
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).hasMessageContaining("JPY");
    }

    @Test
    void roundsHalfUpOnlyWhenAsked() {
        assertThat(Money.rounded(new BigDecimal("1.005"), Currency.getInstance("EUR")))
                .isEqualTo(Money.of("1.01", "EUR"));
        assertThat(Money.rounded(new BigDecimal("2.5"), Currency.getInstance("JPY")))
                .isEqualTo(Money.of("3", "JPY"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "PLN")))
                .hasMessageContaining("currency mismatch");
    }

    @Test
    void equalsIsScaleSafeBecauseScaleIsFixed() {
        assertThat(Money.of("1.1", "EUR")).isEqualTo(Money.of("1.10", "EUR"));
        assertThat(Money.of("3", "EUR").minus(Money.of("1.25", "EUR"))).isEqualTo(Money.of("1.75", "EUR"));
    }
}
