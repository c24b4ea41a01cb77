package io.arrears.core.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeRateTableTest {

    @TempDir
    Path etc;

    @Test
    void theBundledEurPlnTableParsesAndHoldsNoUnverifiedFigure() {
        ExchangeRateTable bundled = new RateTables(Optional.of(etc)).exchangeTable("EUR", "PLN");

        assertThat(bundled.name()).isEqualTo("fx/EUR-PLN.csv");
        assertThat(bundled.rows()).allMatch(ExchangeRateRow::verified);
    }

    @Test
    void anAdministratorsFileInTheFxFolderIsLaidOverTheBundledTable() throws IOException {
        writeAdmin("""
                # NBP table A, entered by an administrator
                date,rate,source
                2024-03-28,4.3191,NBP 063/A/NBP/2024 (test)
                2024-03-29,4.3123,NBP 064/A/NBP/2024 (test), copied from nbp.pl
                """);

        ExchangeRateTable table = new RateTables(Optional.of(etc)).exchangeTable("EUR", "PLN");

        assertThat(table.rateOn(LocalDate.of(2024, 3, 29))).hasValueSatisfying(r -> {
            assertThat(r.rate()).isEqualByComparingTo("4.3123");
            assertThat(r.source()).isEqualTo("NBP 064/A/NBP/2024 (test), copied from nbp.pl");
        });
        assertThat(table.rateOn(LocalDate.of(2024, 3, 30))).as("never the nearest other day").isEmpty();
        assertThat(table.name()).contains("EUR-PLN.csv over fx/EUR-PLN.csv");
    }

    @Test
    void anAdministratorsRowReplacesABundledRowOfTheSameDay() {
        ExchangeRateTable base = ExchangeRateTable.parse("bundled", new StringReader("""
                date,rate,source
                2024-01-31,4.3000,bundled
                2024-02-29,4.3100,bundled
                """));
        ExchangeRateTable admin = ExchangeRateTable.parse("admin", new StringReader("""
                date,rate,source
                2024-02-29,4.3233,admin
                """));

        ExchangeRateTable merged = ExchangeRateTable.overlay(base, admin);

        assertThat(merged.rateOn(LocalDate.of(2024, 2, 29)).orElseThrow().source()).isEqualTo("admin");
        assertThat(merged.rateOn(LocalDate.of(2024, 1, 31)).orElseThrow().source()).isEqualTo("bundled");
    }

    @Test
    void malformedFilesAreRefusedWithFileAndLine() throws IOException {
        assertRefused("date;rate;source\n", "EUR-PLN.csv line 1", "expected header 'date,rate,source'");
        assertRefused("date,rate,source\n2024-02-30,4.31,NBP\n", "EUR-PLN.csv line 2", "date '2024-02-30'");
        assertRefused("date,rate,source\n2024-02-29,4,31,NBP\n", "EUR-PLN.csv line 2", "rate '4'");
        assertRefused("date,rate,source\n2024-02-29,4.31\n", "EUR-PLN.csv line 2", "expected 3 columns");
        assertRefused("date,rate,source\n2024-02-29,0,NBP\n", "EUR-PLN.csv line 2", "must be positive");
        assertRefused("date,rate,source\n2024-02-29,4.31, \n", "EUR-PLN.csv line 2", "source is empty");
        assertRefused("date,rate,source\n2024-02-29,4.31,NBP\n# note\n2024-02-29,4.32,NBP\n", "EUR-PLN.csv line 4",
                "is not after the previous row's 2024-02-29");
        assertRefused("# only a comment\n", "EUR-PLN.csv", "missing header");
    }

    private void assertRefused(String content, String where, String what) throws IOException {
        writeAdmin(content);
        assertThatThrownBy(() -> new RateTables(Optional.of(etc)).exchangeTable("EUR", "PLN"))
                .isInstanceOf(RateTableException.class).hasMessageContaining(where).hasMessageContaining(what);
    }

    private void writeAdmin(String content) throws IOException {
        Files.createDirectories(etc.resolve("fx"));
        Files.writeString(etc.resolve("fx/EUR-PLN.csv"), content);
    }
}
