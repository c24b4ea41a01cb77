package io.arrears.core.interest;

import java.math.BigDecimal;

/** Which published reference rate governs a whole half-year. */
public enum FixingRule {

    /** The rate in force on 1 January / 1 July (Directive 2011/7/EU art. 2(12); § 247 BGB; PL act of 8 March 2013 art. 4). */
    FIRST_DAY_OF_HALF_YEAR {
        @Override
        public RateRow fix(RateTable table, HalfYear halfYear) {
            return table.requireRowOn(halfYear.firstDay());
        }
    },

    /** The rate in force on 31 December for January–June and on 30 June for July–December (UK Late Payment Act order). */
    DAY_BEFORE_HALF_YEAR {
        @Override
        public RateRow fix(RateTable table, HalfYear halfYear) {
            return table.requireRowOn(halfYear.firstDay().minusDays(1));
        }
    },

    /**
     * Law 3095 art. 2(2): the rate in force on 31 December of the previous year governs the year; if the rate in force
     * on 30 June differs from it by 5 points or more, the 30 June rate governs July–December.
     */
    TR_ANNUAL_WITH_MIDYEAR_RESET {
        private final BigDecimal threshold = new BigDecimal("5");

        @Override
        public RateRow fix(RateTable table, HalfYear halfYear) {
            RateRow december = table.requireRowOn(new HalfYear(halfYear.year(), 1).firstDay().minusDays(1));
            if (halfYear.half() == 1) {
                return december;
            }
            RateRow june = table.requireRowOn(halfYear.firstDay().minusDays(1));
            boolean reset = june.ratePercent().subtract(december.ratePercent()).abs().compareTo(threshold) >= 0;
            return reset ? june : december;
        }
    };

    public abstract RateRow fix(RateTable table, HalfYear halfYear);
}
