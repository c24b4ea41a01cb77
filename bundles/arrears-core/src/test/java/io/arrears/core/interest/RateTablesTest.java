package io.arrears.core.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateTablesTest {

    @TempDir
    Path etc;

    @Test
    void withoutAnAdministratorsFileTheBundledTableIsUsedAndStillRefusesUncoveredDays() {
        RateTable tr = new RateTables(Optional.of(etc)).table(Jurisdiction.TR);

        assertThat(tr.rowOn(LocalDate.of(2024, 12, 31))).isPresent();
        assertThatThrownBy(() -> tr.requireRowOn(LocalDate.of(2025, 6, 30))).isInstanceOf(RateTableException.class)
                .hasMessageContaining("no rate for 2025-06-30");
    }

    @Test
    void anAdministratorsRowsExtendTheBundledTable() throws IOException {
        Files.writeString(etc.resolve("TR.csv"), """
                # from the TCMB announcements, entered by an administrator
                valid_from,valid_to,reference_rate,source
                2025-01-01,2025-09-16,44.25,https://www.tcmb.gov.tr/ (test)
                2025-09-17,2025-12-31,42.25,https://www.tcmb.gov.tr/ (test)
                """);

        RateTable tr = new RateTables(Optional.of(etc)).table(Jurisdiction.TR);

        assertThat(tr.requireRowOn(LocalDate.of(2024, 6, 1)).ratePercent()).isEqualByComparingTo("51.75");
        assertThat(tr.requireRowOn(LocalDate.of(2025, 6, 30)).ratePercent()).isEqualByComparingTo("44.25");
        assertThat(tr.requireRowOn(LocalDate.of(2025, 12, 31)).source()).contains("tcmb");
        assertThat(tr.name()).contains("TR.csv");
    }

    @Test
    void anAdministratorsRowReplacesTheBundledOneOnTheDaysItCovers() throws IOException {
        Files.writeString(etc.resolve("DE.csv"), """
                valid_from,valid_to,reference_rate,source
                2024-07-01,2024-12-31,3.37,Deutsche Bundesbank press release (test)
                """);

        RateTable de = new RateTables(Optional.of(etc)).table(Jurisdiction.DE);

        assertThat(de.requireRowOn(LocalDate.of(2024, 8, 1)).source()).startsWith("Deutsche Bundesbank");
        assertThat(de.requireRowOn(LocalDate.of(2024, 3, 1)).ratePercent()).isEqualByComparingTo(new BigDecimal("3.62"));
        assertThat(de.requireRowOn(LocalDate.of(2025, 3, 1)).ratePercent()).isEqualByComparingTo(new BigDecimal("2.27"));
    }

    @Test
    void aGapAfterTheBundledTableIsRefusedNamingTheFile() throws IOException {
        Files.writeString(etc.resolve("TR.csv"), """
                valid_from,valid_to,reference_rate,source
                2025-07-01,2025-12-31,40.00,somewhere
                """);

        assertThatThrownBy(() -> new RateTables(Optional.of(etc)).table(Jurisdiction.TR)).isInstanceOf(RateTableException.class)
                .hasMessageContaining("TR.csv").hasMessageContaining("gap").hasMessageContaining("2025-01-01");
    }

    @Test
    void aMalformedLineIsRefusedWithFileAndLine() throws IOException {
        Files.writeString(etc.resolve("IL.csv"), """
                valid_from,valid_to,reference_rate,source
                2025-01-01,2025-06-31,4.5,somewhere
                """);

        assertThatThrownBy(() -> new RateTables(Optional.of(etc)).table(Jurisdiction.IL)).isInstanceOf(RateTableException.class)
                .hasMessageContaining("IL.csv line 2").hasMessageContaining("valid_to '2025-06-31'");
    }

    @Test
    void debtorsCountriesMapToTheirJurisdiction() {
        assertThat(Jurisdiction.forCountry("GB")).contains(Jurisdiction.UK);
        assertThat(Jurisdiction.forCountry("NL")).contains(Jurisdiction.EU);
        assertThat(Jurisdiction.forCountry("DE")).contains(Jurisdiction.DE);
        assertThat(Jurisdiction.forCountry("US")).isEmpty();
    }
}
