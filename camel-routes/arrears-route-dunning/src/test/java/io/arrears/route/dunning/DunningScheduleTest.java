package io.arrears.route.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DunningScheduleTest {

    @Test
    void parsesRunTimeAndZone() {
        assertThat(DunningSchedule.runTime(" 06:30 ")).isEqualTo(LocalTime.of(6, 30));
        assertThat(DunningSchedule.zone("Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void badRunTimeNamesTheKeyAndValue() {
        assertThatThrownBy(() -> DunningSchedule.runTime("6 Uhr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("run.time").hasMessageContaining("'6 Uhr'");
    }

    @Test
    void badZoneNamesTheKeyAndValue() {
        assertThatThrownBy(() -> DunningSchedule.zone("Europe/Atlantis"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zone").hasMessageContaining("'Europe/Atlantis'");
    }
}
