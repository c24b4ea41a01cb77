package io.arrears.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.profile.BehaviourType;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SegmentGuardrailsTest {

    private static final Playbooks PLAYBOOKS = Playbooks.bundledDefault();
    private static final SegmentGuardrails BUNDLED = SegmentGuardrails.bundledDefault();

    static Stream<Arguments> rows() {
        return Stream.of(
                // type, segment, segment row applies, max plan months, label
                Arguments.of(BehaviourType.STRUGGLING, "key-account", true, 18, "STRUGGLING / key-account"),
                Arguments.of(BehaviourType.STRUGGLING, " Key-Account ", true, 18, "STRUGGLING / key-account"),
                Arguments.of(BehaviourType.STRUGGLING, "micro", true, 9, "STRUGGLING / micro"),
                Arguments.of(BehaviourType.CHRONIC_LATE, "consumer", true, 2, "CHRONIC_LATE / consumer"),
                Arguments.of(BehaviourType.DOMINANT, "key-account", false, 4, "DOMINANT (no row for segment key-account)"),
                Arguments.of(BehaviourType.STRUGGLING, "wholesale", false, 12, "STRUGGLING (no row for segment wholesale)"),
                Arguments.of(BehaviourType.STRUGGLING, null, false, 12, "STRUGGLING (no segment)"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("rows")
    void aTypesSegmentRowAppliesElseTheTypesOwnRow(BehaviourType type, String segment, boolean segmentRow, int months,
            String label) {
        AppliedGuardrails applied = BUNDLED.resolve(type, Optional.ofNullable(segment), PLAYBOOKS.forType(type).guardrails());

        assertThat(applied.segmentRow()).isEqualTo(segmentRow);
        assertThat(applied.limits().maxPlanMonths()).isEqualTo(months);
        assertThat(applied.row()).isEqualTo(label);
        if (!segmentRow) {
            assertThat(applied.limits()).isEqualTo(PLAYBOOKS.forType(type).guardrails());
        }
    }

    @Test
    void segmentNamesAreNormalisedAndAnEmptyOrDuplicateSegmentIsRefused() {
        Guardrails g = new Guardrails(6, BigDecimal.TEN, BigDecimal.ZERO, 30, true, false);
        assertThat(new SegmentGuardrails(Map.of("  SME ", Map.of(BehaviourType.EASYGOING, g))).segments()).containsOnlyKeys("sme");
        assertThatThrownBy(() -> new SegmentGuardrails(Map.of("sme", Map.of())))
                .hasMessageContaining("segments.sme names no behaviour type");
        assertThatThrownBy(() -> new SegmentGuardrails(Map.of("SME", Map.of(BehaviourType.EASYGOING, g), "sme",
                Map.of(BehaviourType.EASYGOING, g)))).hasMessageContaining("given twice");
        assertThatThrownBy(() -> ConfigJson.parse("{\"segments\":{\"sme\":{\"EASYGOING\":{\"maxPlanMonths\":-1}}}}",
                SegmentGuardrails.class, "segment guardrails")).isInstanceOf(ProfileConfigException.class);
    }

    @Test
    void anOfferBeyondTheSegmentRowNamesTheRowInEveryReason() {
        AppliedGuardrails applied = BUNDLED.resolve(BehaviourType.CHRONIC_LATE, Optional.of("consumer"),
                PLAYBOOKS.forType(BehaviourType.CHRONIC_LATE).guardrails());
        io.arrears.api.money.Money debt = io.arrears.api.money.Money.of("1000.00", "EUR");

        GuardrailDecision decision = applied.check(Offer.instalmentPlan(debt, 3, io.arrears.api.money.Money.of("400.00", "EUR")));

        assertThat(decision.needsManagerApproval()).isTrue();
        assertThat(decision.reasons()).hasSize(2).allSatisfy(r -> assertThat(r).endsWith("[guardrails CHRONIC_LATE / consumer]"));
        assertThat(applied.check(Offer.waiver(debt, false)).reasons()).singleElement().asString().contains("waiving fees");
    }
}
