package io.arrears.core.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RateTableTest {

    private static RateTable parse(String body) {
        return RateTable.parse("test.csv", new StringReader("valid_from,valid_to,reference_rate,source\n" + body));
    }

    @ParameterizedTest
    @EnumSource(Jurisdiction.class)
    void everyBundledTableLoadsAndEveryRowNamesItsSource(Jurisdiction jurisdiction) {
        RateTable table = RateTable.bundled(jurisdiction);

        assertThat(table.rows()).allSatisfy(row -> assertThat(row.source()).isNotBlank());
    }

    @Test
    void bundledTablesCoverEveryFixingDateFrom2019() {
        for (Jurisdiction j : new Jurisdiction[] {Jurisdiction.EU, Jurisdiction.DE, Jurisdiction.PL, Jurisdiction.UK}) {
            JurisdictionRules rules = StatutoryRules.of(j);
            RateTable table = RateTable.bundled(j);
            for (HalfYear h = new HalfYear(2019, 1); !h.equals(new HalfYear(2026, 2)); h = h.next()) {
                assertThat(rules.fixing().fix(table, h)).as(j + " " + h).isNotNull();
            }
        }
    }

    @Test
    void knownFixingsAreInTheBundledTables() {
        assertThat(RateTable.bundled(Jurisdiction.DE).requireRowOn(LocalDate.of(2022, 6, 30)).ratePercent()).isEqualByComparingTo("-0.88");
        assertThat(RateTable.bundled(Jurisdiction.DE).requireRowOn(LocalDate.of(2024, 1, 1)).ratePercent()).isEqualByComparingTo("3.62");
        assertThat(RateTable.bundled(Jurisdiction.EU).requireRowOn(LocalDate.of(2024, 7, 1)).ratePercent()).isEqualByComparingTo("4.25");
        assertThat(RateTable.bundled(Jurisdiction.UK).requireRowOn(LocalDate.of(2022, 6, 30)).ratePercent()).isEqualByComparingTo("1.25");
        assertThat(RateTable.bundled(Jurisdiction.PL).requireRowOn(LocalDate.of(2022, 7, 1)).ratePercent()).isEqualByComparingTo("6.00");
        assertThat(RateTable.bundled(Jurisdiction.TR).requireRowOn(LocalDate.of(2023, 12, 31)).ratePercent()).isEqualByComparingTo("44.25");
    }

    @Test
    void sourceMayContainCommasAndCommentsAreSkipped() {
        RateTable table = parse("# a comment\n\n2024-01-01,2024-12-31,1.50,https://example.org/a,b (p. 3)\n");

        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.source()).isEqualTo("https://example.org/a,b (p. 3)");
            assertThat(row.ratePercent()).isEqualByComparingTo(new BigDecimal("1.50"));
            assertThat(row.verified()).isTrue();
        });
    }

    @Test
    void unverifiedRowsAreRecognised() {
        RateTable table = parse("2024-01-01,2024-12-31,1.50,Unverified: recalled\n");

        assertThat(table.rows().get(0).verified()).isFalse();
    }

    @Test
    void aGapBetweenPeriodsIsRejectedNamingTheMissingDays() {
        assertThatThrownBy(() -> parse("2024-01-01,2024-06-30,1.00,a\n2024-07-02,2024-12-31,2.00,b\n"))
                .isInstanceOf(RateTableException.class)
                .hasMessageContaining("gap")
                .hasMessageContaining("2024-07-01 to 2024-07-01");
    }

    @Test
    void anOverlapIsRejected() {
        assertThatThrownBy(() -> parse("2024-01-01,2024-07-01,1.00,a\n2024-07-01,2024-12-31,2.00,b\n"))
                .isInstanceOf(RateTableException.class)
                .hasMessageContaining("overlap")
                .hasMessageContaining("2024-07-01");
    }

    @Test
    void rowsOutOfOrderAreRejectedAsOverlap() {
        assertThatThrownBy(() -> parse("2024-07-01,2024-12-31,2.00,b\n2024-01-01,2024-06-30,1.00,a\n"))
                .isInstanceOf(RateTableException.class)
                .hasMessageContaining("overlap");
    }

    @Test
    void wrongHeaderIsRejected() {
        assertThatThrownBy(() -> RateTable.parse("x.csv", new StringReader("from,to,rate,source\n")))
                .isInstanceOf(RateTableException.class)
                .hasMessageContaining("x.csv line 1")
                .hasMessageContaining("expected header");
    }

    @Test
    void missingHeaderIsRejected() {
        assertThatThrownBy(() -> RateTable.parse("x.csv", new StringReader("# only a comment\n")))
                .isInstanceOf(RateTableException.class)
                .hasMessageContaining("missing header");
    }

    @Test
    void badValuesNameTheLineAndColumn() {
        assertThatThrownBy(() -> parse("2024-13-01,2024-12-31,1.00,a\n"))
                .isInstanceOf(RateTableException.class).hasMessageContaining("line 2").hasMessageContaining("valid_from '2024-13-01'");
        assertThatThrownBy(() -> parse("2024-01-01,2024-12-31,one,a\n"))
                .isInstanceOf(RateTableException.class).hasMessageContaining("reference_rate 'one'");
        assertThatThrownBy(() -> parse("2024-01-01,2024-12-31,1.00\n"))
                .isInstanceOf(RateTableException.class).hasMessageContaining("expected 4 columns");
        assertThatThrownBy(() -> parse("2024-01-01,2024-12-31,1.00,  \n"))
                .isInstanceOf(RateTableException.class).hasMessageContaining("source is empty");
        assertThatThrownBy(() -> parse("2024-12-31,2024-01-01,1.00,a\n"))
                .isInstanceOf(RateTableException.class).hasMessageContaining("before valid_from");
    }

    @Test
    void aDayOutsideTheTableIsAClearError() {
        RateTable table = parse("2024-01-01,2024-12-31,1.00,a\n");

        assertThat(table.rowOn(LocalDate.of(2025, 1, 1))).isEmpty();
        assertThatThrownBy(() -> table.requireRowOn(LocalDate.of(2025, 1, 1)))
                .isInstanceOf(RateTableException.class)
                .hasMessageContaining("no rate for 2025-01-01")
                .hasMessageContaining("covers 2024-01-01..2024-12-31");
    }

    @Test
    void theEmptyIsraeliTableRefusesEveryDay() {
        assertThatThrownBy(() -> RateTable.bundled(Jurisdiction.IL).requireRowOn(LocalDate.of(2024, 1, 1)))
                .isInstanceOf(RateTableException.class)
                .hasMessageContaining("the table is empty");
    }

    @Test
    void anAdministratorDirectoryOverridesTheBundledTable(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("rates-DE.csv"), "valid_from,valid_to,reference_rate,source\n2026-01-01,2026-12-31,0.50,Bundesanzeiger (admin update)\n");

        RateTable table = RateTable.fromDirectory(dir, Jurisdiction.DE);

        assertThat(table.requireRowOn(LocalDate.of(2026, 7, 1)).ratePercent()).isEqualByComparingTo("0.50");
        assertThat(table.name()).endsWith("rates-DE.csv");
    }

    @Test
    void aMissingAdministratorFileIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> RateTable.fromDirectory(dir, Jurisdiction.PL))
                .isInstanceOf(RateTableException.class)
                .hasMessageContaining("rates-PL.csv")
                .hasMessageContaining("does not exist");
    }
}
