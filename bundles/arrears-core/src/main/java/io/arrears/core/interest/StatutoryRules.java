package io.arrears.core.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The statutory definitions Arrears ships. These are rules of law (margins, fixing dates, day count), not
 * data that changes every half-year; the rates that do change are in the {@code rates-*.csv} tables.
 */
public final class StatutoryRules {

    private static final LocalDate SINCE_EVER = LocalDate.of(1999, 1, 1);

    private StatutoryRules() {
    }

    public static JurisdictionRules of(Jurisdiction jurisdiction) {
        return switch (jurisdiction) {
            case EU -> new JurisdictionRules(Jurisdiction.EU,
                    List.of(new MarginPeriod(LocalDate.of(2013, 3, 16), new BigDecimal("8"), "Directive 2011/7/EU art. 2(6): reference rate + at least 8 points")),
                    FixingRule.FIRST_DAY_OF_HALF_YEAR, DayCount.ACT_365, Optional.empty(),
                    "Directive 2011/7/EU default for euro-area creditors without a national form modelled here: ECB MRO rate in force on"
                            + " 1 Jan / 1 Jul + 8 points. The directive sets no day count; ACT/365 chosen as the majority national practice."
                            + " Margin from the transposition deadline 2013-03-16.");
            case DE -> new JurisdictionRules(Jurisdiction.DE,
                    List.of(new MarginPeriod(LocalDate.of(2002, 1, 1), new BigDecimal("8"), "§ 288(2) BGB (old): base rate + 8 points"),
                            new MarginPeriod(LocalDate.of(2014, 7, 29), new BigDecimal("9"), "§ 288(2) BGB as amended 2014-07-29: base rate + 9 points")),
                    FixingRule.FIRST_DAY_OF_HALF_YEAR, DayCount.ACT_365, Optional.empty(),
                    "§ 288(2) BGB, B2B (debtor not a consumer): Basiszinssatz (§ 247 BGB) + 9 points; no floor, so the negative base rate"
                            + " applies (-0.88 + 9 = 8.12 %). The 9-point margin applies to obligations arising after 2014-07-28 (Art. 229 § 34 EGBGB);"
                            + " here it is applied by accrual date, a simplification for older claims. Day count ACT/365: exact days, year of"
                            + " 365 days (§ 191 BGB); the 360-day method (LG Darmstadt 6 S 388/96) is only used when agreed.");
            case PL -> new JurisdictionRules(Jurisdiction.PL,
                    List.of(new MarginPeriod(LocalDate.of(2016, 1, 1), new BigDecimal("8"), "act of 8 March 2013 art. 4 pt 3 (2016-2019): reference rate + 8 points"),
                            new MarginPeriod(LocalDate.of(2020, 1, 1), new BigDecimal("10"), "act of 8 March 2013 art. 4 pt 3 as amended from 2020-01-01: reference rate + 10 points")),
                    FixingRule.FIRST_DAY_OF_HALF_YEAR, DayCount.ACT_365, Optional.empty(),
                    "Odsetki ustawowe za opóźnienie w transakcjach handlowych: NBP reference rate in force on 1 Jan / 1 Jul + 10 points"
                            + " (+8 before 2020 and for public-sector debtors who are healthcare entities — not modelled). ACT/365 as in"
                            + " Polish court and calculator practice.");
            case UK -> new JurisdictionRules(Jurisdiction.UK,
                    List.of(new MarginPeriod(SINCE_EVER, new BigDecimal("8"), "Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002: reference rate + 8 %")),
                    FixingRule.DAY_BEFORE_HALF_YEAR, DayCount.ACT_365, Optional.empty(),
                    "Late Payment of Commercial Debts (Interest) Act 1998: Bank Rate on 31 Dec (for Jan-Jun) / 30 Jun (for Jul-Dec) + 8 %,"
                            + " simple interest, daily rate = annual / 365 as in the government guidance.");
            case TR -> new JurisdictionRules(Jurisdiction.TR,
                    List.of(new MarginPeriod(SINCE_EVER, BigDecimal.ZERO, "Law 3095 art. 2(2): the TCMB short-term advance rate itself")),
                    FixingRule.TR_ANNUAL_WITH_MIDYEAR_RESET, DayCount.ACT_365, Optional.empty(),
                    "Law 3095 art. 2(2), commercial matters: TCMB advance rate in force on 31 Dec of the previous year, replaced for Jul-Dec"
                            + " by the 30 Jun rate if that differs by 5 points or more. Applies only when it exceeds the statutory rate"
                            + " (9 %) — always the case in the table. Many courts instead apply 'değişen oranlarda avans faizi' (every change);"
                            + " this implementation follows the statute. ACT/365. TTK 1530 contractual rates are not modelled.");
            case IL -> new JurisdictionRules(Jurisdiction.IL,
                    List.of(new MarginPeriod(SINCE_EVER, BigDecimal.ZERO, "Adjudication of Interest and Linkage Law 1961: published rate, no margin")),
                    FixingRule.FIRST_DAY_OF_HALF_YEAR, DayCount.ACT_365, Optional.empty(),
                    "Payment Terms to Suppliers Law 2017: linkage differentials and interest per the Adjudication of Interest and Linkage"
                            + " Law, plus arrears interest after 30 days of delay. NOT fully implemented: the bundled table is empty; an"
                            + " administrator supplies one all-in annual rate per half-year. CPI linkage and the 30-day switch to arrears"
                            + " interest are not modelled. ACT/365 assumed (unverified).");
        };
    }
}
