package io.arrears.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void columnsAreAsWideAsTheirWidestCell() {
        String text = TextTable.of("ID", "NAME").row(1, "Acme GmbH").row(1234, "B").render();

        assertThat(text).isEqualTo("""
                ID    NAME
                1     Acme GmbH
                1234  B
                """);
    }

    @Test
    void lineBreaksInACellStayOnOneLine() {
        String text = TextTable.of("ADDRESS").row("Acme\nMain St 1\r\n10115 Berlin").render();

        assertThat(text).isEqualTo("ADDRESS\nAcme / Main St 1 / 10115 Berlin\n");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRejected() {
        assertThatThrownBy(() -> TextTable.of("A", "B").row("only one"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 2 cells");
    }
}
