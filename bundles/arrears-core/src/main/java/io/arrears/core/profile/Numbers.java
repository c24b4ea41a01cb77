package io.arrears.core.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding and printing of signal values and scores (not money: those are Money). */
final class Numbers {

    private Numbers() {
    }

    static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /** Rounded to two places, without trailing zeros: 0.7, 12, 3.33. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
