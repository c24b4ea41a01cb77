package io.arrears.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementDocumentsTest {

    @Test
    void csvQuotesSeparatorsQuotesAndLineBreaksAndDefusesFormulas() {
        String csv = new String(PlacementDocuments.csv(List.of("a", "b"), List.of(
                List.of("plain", "with;separator"),
                List.of("say \"no\"", "two\nlines"),
                List.of("=HYPERLINK(\"x\")", "-5"))), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("a;b\r\n"
                + "plain;\"with;separator\"\r\n"
                + "\"say \"\"no\"\"\";\"two\nlines\"\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\";'-5\r\n");
    }

    @Test
    void documentNumbersBecomePlainFileNames() {
        assertThat(PlacementDocuments.safe("FV/2026/10/301")).isEqualTo("FV_2026_10_301");
        assertThat(PlacementDocuments.safe("..hidden")).isEqualTo("_hidden");
        assertThat(PlacementDocuments.safe("Ü-1")).isEqualTo("_-1");
    }
}
