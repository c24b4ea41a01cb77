package io.arrears.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisualOrderTest {

    @Test
    void hebrewIsReversedButNumbersAndLatinKeepTheirOrder() {
        // logical: "שלום" then a number and a Latin word
        String visual = VisualOrder.of("שלום 1,234.56 INV-42 תודה", true);

        assertThat(visual).isEqualTo("הדות INV-42 1,234.56 םולש");
    }

    @Test
    void bracketsAreMirroredInRightToLeftRuns() {
        assertThat(VisualOrder.of("אב (גד)", true)).isEqualTo("(דג) בא");
    }

    @Test
    void aLatinOnlyLineInAHebrewLetterKeepsItsOrder() {
        assertThat(VisualOrder.of("12345 Town", true)).isEqualTo("12345 Town");
        assertThat(VisualOrder.of("IBAN: DE89 3704", true)).isEqualTo("IBAN: DE89 3704");
    }

    @Test
    void leftToRightTextIsUnchangedExceptForBidiMarks() {
        assertThat(VisualOrder.of("Zażółć 1.234,56\u00A0€\u200F", false)).isEqualTo("Zażółć 1.234,56\u00A0€");
    }
}
