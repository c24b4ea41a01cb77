package io.arrears.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class InvoiceNumberExtractorTest {

    @Test
    void findsEveryDistinctNumberInOrder() {
        InvoiceNumberExtractor x = InvoiceNumberExtractor.of("INV-\\d{4}-\\d{4}");

        assertThat(x.extract("Payment inv-2025-0050 and INV-2025-0051, again INV-2025-0050"))
                .containsExactly("inv-2025-0050", "INV-2025-0051");
    }

    @Test
    void usesTheNamedGroupWhenPresent() {
        InvoiceNumberExtractor x = InvoiceNumberExtractor.of("(?:faktura|FV)\\s*(?<number>\\d+/\\d{4})");

        assertThat(x.extract("Zapłata za FV 12/2025 oraz faktura 13/2025")).containsExactly("12/2025", "13/2025");
    }

    @Test
    void emptyForBlankTextAndErrorForBadPattern() {
        assertThat(InvoiceNumberExtractor.of("X\\d+").extract(null)).isEmpty();
        assertThat(InvoiceNumberExtractor.of("X\\d+").extract("  ")).isEmpty();
        assertThatThrownBy(() -> InvoiceNumberExtractor.of("INV-(")).isInstanceOf(PatternSyntaxException.class);
    }
}
