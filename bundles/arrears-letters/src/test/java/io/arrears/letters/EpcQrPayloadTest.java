package io.arrears.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.letter.LetterRenderingException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EpcQrPayloadTest {

    @Test
    void linesInTheOrderOfEpc069WithTrailingEmptyLinesLeftOff() {
        String payload = EpcQrPayload.withReference("COBADEFFXXX", "Müller & Söhne GmbH", "DE89 3704 0044 0532 0130 00",
                new BigDecimal("1586.90"), "RF18539007547034").encode();

        assertThat(payload).isEqualTo(String.join("\n",
                "BCD", "002", "1", "SCT", "COBADEFFXXX", "Müller & Söhne GmbH", "DE89370400440532013000",
                "EUR1586.90", "", "RF18539007547034"));
    }

    @Test
    void textInsteadOfReferenceWithoutBicAndWithNote() {
        String payload = new EpcQrPayload(Optional.empty(), "Acme", "DE89370400440532013000", new BigDecimal("5"),
                Optional.of("GDDS"), Optional.empty(), Optional.of("Invoice 42"), Optional.of("Thanks")).encode();

        assertThat(payload).isEqualTo("BCD\n002\n1\nSCT\n\nAcme\nDE89370400440532013000\nEUR5.00\nGDDS\n\nInvoice 42\nThanks");
    }

    @Test
    void refusesInvalidFields() {
        assertThatThrownBy(() -> EpcQrPayload.withReference(null, "x".repeat(71), "DE89370400440532013000", BigDecimal.ONE, "RF18539007547034"))
                .isInstanceOf(LetterRenderingException.class).hasMessageContaining("beneficiary name");
        assertThatThrownBy(() -> EpcQrPayload.withReference(null, "Acme", "DE88370400440532013000", BigDecimal.ONE, "RF18539007547034"))
                .hasMessageContaining("check digits");
        assertThatThrownBy(() -> EpcQrPayload.withReference(null, "Acme", "DE89370400440532013000", new BigDecimal("0.00"), "RF18539007547034"))
                .hasMessageContaining("between EUR 0.01 and 999999999.99");
        assertThatThrownBy(() -> EpcQrPayload.withReference(null, "Acme", "DE89370400440532013000", new BigDecimal("1000000000.00"), "RF18539007547034"))
                .hasMessageContaining("between EUR 0.01 and 999999999.99");
        assertThatThrownBy(() -> EpcQrPayload.withReference(null, "Acme", "DE89370400440532013000", new BigDecimal("1.001"), "RF18539007547034"))
                .hasMessageContaining("two decimals");
        assertThatThrownBy(() -> EpcQrPayload.withReference("BAD", "Acme", "DE89370400440532013000", BigDecimal.ONE, "RF18539007547034"))
                .hasMessageContaining("BIC");
        assertThatThrownBy(() -> new EpcQrPayload(Optional.empty(), "Acme", "DE89370400440532013000", BigDecimal.ONE,
                Optional.empty(), Optional.of("RF18539007547034"), Optional.of("text"), Optional.empty()))
                .hasMessageContaining("exactly one");
    }

    @Test
    void refusesAPayloadOver331Bytes() {
        // 70 two-byte characters + 140-character text + 70-character note pass each field limit but not the total
        assertThatThrownBy(() -> new EpcQrPayload(Optional.empty(), "ü".repeat(70), "DE89370400440532013000", BigDecimal.ONE,
                Optional.empty(), Optional.empty(), Optional.of("t".repeat(140)), Optional.of("n".repeat(70))))
                .isInstanceOf(LetterRenderingException.class)
                .hasMessageContaining("more than the 331 allowed");
    }
}
