package io.arrears.core.interest;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.money.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden cases from interest-golden.csv; expected values come from an independent oracle (see the file header). */
class InterestGoldenTest {

    private static final Map<Jurisdiction, InterestCalculator> CALCULATORS = calculators();

    record Case(int line, Jurisdiction jurisdiction, Money principal, LocalDate due, LocalDate asOf,
                List<PartialPayment> payments, String nbpRate, String expectedInterest, String expectedCompensation) {
        @Override
        public String toString() {
            return "line " + line + ": " + jurisdiction + " " + principal + " due " + due + " as of " + asOf + " payments " + payments.size();
        }
    }

    private static Map<Jurisdiction, InterestCalculator> calculators() {
        Map<Jurisdiction, InterestCalculator> map = new EnumMap<>(Jurisdiction.class);
        for (Jurisdiction j : Jurisdiction.values()) {
            map.put(j, InterestCalculator.bundled(j));
        }
        // IL ships an empty table; the golden cases use the administrator-directory loader with a test fixture
        map.put(Jurisdiction.IL, new InterestCalculator(StatutoryRules.of(Jurisdiction.IL), RateTable.fromDirectory(adminDirectory(), Jurisdiction.IL)));
        return map;
    }

    static Path adminDirectory() {
        try {
            return Path.of(InterestGoldenTest.class.getResource("admin-rates").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                InterestGoldenTest.class.getResourceAsStream("interest-golden.csv"), StandardCharsets.UTF_8))) {
            int lineNo = 0;
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split(",", -1);
                String currency = c[2];
                List<PartialPayment> payments = new ArrayList<>();
                if (!c[5].isEmpty()) {
                    for (String p : c[5].split(";")) {
                        String[] dateAmount = p.split(":");
                        payments.add(new PartialPayment(LocalDate.parse(dateAmount[0]), Money.of(dateAmount[1], currency)));
                    }
                }
                cases.add(new Case(lineNo, Jurisdiction.valueOf(c[0]), Money.of(c[1], currency), LocalDate.parse(c[3]), LocalDate.parse(c[4]),
                        payments, c[6], c[7], c[8]));
            }
        }
        return cases.stream();
    }

    @Test
    void theTableHasAtLeastFiftyCasesCoveringEveryJurisdiction() throws IOException {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(50);
        assertThat(all).extracting(Case::jurisdiction).contains(Jurisdiction.values());
        assertThat(all).filteredOn(c -> !c.payments().isEmpty()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(all).as("periods across a half-year rate change").filteredOn(InterestGoldenTest::spansAHalfYearStart)
                .hasSizeGreaterThanOrEqualTo(20);
    }

    private static boolean spansAHalfYearStart(Case c) {
        for (int year = c.due().getYear(); year <= c.asOf().getYear(); year++) {
            for (LocalDate start : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 7, 1))) {
                if (c.due().isBefore(start) && !start.isAfter(c.asOf())) {
                    return true;
                }
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void interestMatchesTheOracle(Case c) {
        OverdueClaim claim = new OverdueClaim("INV-" + c.line(), c.principal(), c.due());

        InterestComputation result = CALCULATORS.get(c.jurisdiction()).compute(claim, c.payments(), c.asOf());

        assertThat(result.interest()).isEqualTo(Money.of(c.expectedInterest(), c.principal().currencyCode()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void compensationMatchesTheOracle(Case c) {
        Optional<Money> compensation = c.jurisdiction() == Jurisdiction.PL
                ? Optional.of(RecoveryCompensation.forPolishClaim(c.principal(), new BigDecimal(c.nbpRate())))
                : RecoveryCompensation.forClaim(c.jurisdiction(), c.principal());

        assertThat(compensation.map(m -> m.amount().toPlainString()).orElse("")).isEqualTo(c.expectedCompensation());
    }
}
