package io.arrears.core.dunning;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which days a debtor may be contacted: the country holiday rule.
 *
 * @param skipPublicHolidays   no contact on the debtor country's public holidays
 * @param skipWeekends         no contact on the debtor country's weekend days
 * @param weekendDays          weekend days for countries without their own entry
 * @param weekendDaysByCountry weekend days by ISO 3166 alpha-2 country code (e.g. IL: Friday, Saturday)
 */
public record ContactDays(
        boolean skipPublicHolidays,
        boolean skipWeekends,
        Set<DayOfWeek> weekendDays,
        Map<String, Set<DayOfWeek>> weekendDaysByCountry) {

    public ContactDays {
        weekendDays = Set.copyOf(weekendDays);
        weekendDaysByCountry = Map.copyOf(weekendDaysByCountry);
    }

    public Set<DayOfWeek> weekendOf(String countryCode) {
        Objects.requireNonNull(countryCode, "countryCode");
        return weekendDaysByCountry.getOrDefault(countryCode, weekendDays);
    }
}
