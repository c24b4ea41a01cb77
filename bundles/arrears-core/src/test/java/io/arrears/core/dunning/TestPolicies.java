package io.arrears.core.dunning;

import io.arrears.api.money.Money;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small, fully known ladder for engine tests (the bundled default is tested on its own). */
final class TestPolicies {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency TRY = Currency.getInstance("TRY");

    private TestPolicies() {
    }

    /** Levels: 1 pre-due (-3), 2 first reminder (+1, grace 2), 3 second (+14, grace 7, min 50), 4 final (+30, grace 10, fee 5). */
    static DunningPolicy standard() {
        return policy(true, true);
    }

    static DunningPolicy policy(boolean skipHolidays, boolean skipWeekends) {
        return new DunningPolicy(
                List.of(
                        level(1, "pre-due", -3, "1.00", 0, Tone.FRIENDLY, "0.00", false, ContactChannel.EMAIL),
                        level(2, "first-reminder", 1, "1.00", 2, Tone.FRIENDLY, "0.00", false, ContactChannel.EMAIL, ContactChannel.SMS),
                        level(3, "second-reminder", 14, "50.00", 7, Tone.FIRM, "0.00", true, ContactChannel.LETTER),
                        level(4, "final-notice", 30, "50.00", 10, Tone.FINAL, "5.00", true, ContactChannel.LETTER, ContactChannel.PHONE)),
                Duration.ofDays(3),
                new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0)),
                new ContactDays(skipHolidays, skipWeekends, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                        Map.of("IL", Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY))),
                LocalTime.of(7, 0),
                ZoneOffset.UTC);
    }

    private static DunningLevel level(int number, String name, int days, String minimum, int grace, Tone tone,
                                      String fee, boolean interest, ContactChannel... channels) {
        return new DunningLevel(number, name, days,
                Map.of(EUR, Money.of(minimum, "EUR"), TRY, Money.of(minimum, "TRY")),
                grace, List.of(channels), tone,
                Map.of(EUR, Money.of(fee, "EUR"), TRY, Money.of(fee, "TRY")),
                interest);
    }
}
