package io.arrears.core.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoHistoryTest {

    @Test
    void aCreditLineIsAnExternalScoreOfItsCustomer() throws Exception {
        DemoHistory history = DemoHistory.parse(new StringReader("# demo\ncredit|DEMO-X|28|Agency (demo)|2026-11-02\n"));

        assertThat(history.customers()).containsExactly("DEMO-X");
        assertThat(history.creditScoresOf("DEMO-X")).containsExactly(
                new DemoHistory.DemoCreditScore("DEMO-X", 28, "Agency (demo)", LocalDate.of(2026, 11, 2)));
        assertThat(history.creditScoresOf("DEMO-Y")).isEmpty();
    }

    @Test
    void aScoreOutsideZeroToHundredIsRefusedWithItsLine() {
        assertThatThrownBy(() -> DemoHistory.parse(new StringReader("\ncredit|DEMO-X|128|Agency|2026-11-02\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2").hasMessageContaining("0..100");
        assertThatThrownBy(() -> DemoHistory.parse(new StringReader("credit|DEMO-X|28|  |2026-11-02\n")))
                .hasMessageContaining("source is blank");
    }

    @Test
    void theShippedDemoHistoryRecordsOneCreditScore() {
        assertThat(new DemoData().history().creditScores()).extracting(DemoHistory.DemoCreditScore::customerId)
                .containsExactly("DEMO-CHRON-01");
    }
}
