package io.arrears.core.dunning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a dunning policy, kept apart from the domain records so the document can
 * change form without touching the engine. Boxed types: a missing field arrives as null and is
 * reported by name in {@link DunningPolicyLoader}.
 */
final class DunningPolicyJson {

    private DunningPolicyJson() {
    }

    record Policy(
            List<Level> levels,
            FrequencyCap frequencyCap,
            Window quietHours,
            ContactDays contactDays,
            Run run) {
    }

    record Level(
            Integer number,
            String name,
            Integer daysFromDue,
            Map<String, BigDecimal> minimumAmount,
            Integer graceDays,
            List<String> channels,
            String tone,
            Map<String, BigDecimal> fee,
            Boolean chargeInterest,
            List<String> recipients) {
    }

    record FrequencyCap(Integer minimumDaysBetweenContacts) {
    }

    record Window(String start, String end) {
    }

    record ContactDays(
            Boolean skipPublicHolidays,
            Boolean skipWeekends,
            List<String> weekendDays,
            Map<String, List<String>> weekendDaysByCountry) {
    }

    record Run(String time, String zone) {
    }
}
