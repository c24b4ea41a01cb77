package io.arrears.rest.internal.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfilePartTest {

    @Test
    void cadenceDaysAreReadFromThePlaybookText() {
        assertThat(ProfilePart.cadenceDays("every 7 days by CALL")).hasValue(7);
        assertThat(ProfilePart.cadenceDays("every 1 day by EMAIL")).hasValue(1);
        assertThat(ProfilePart.cadenceDays("weekly")).isEmpty();
        assertThat(ProfilePart.cadenceDays(null)).isEmpty();
    }
}
