package io.arrears.core.profile;

import io.arrears.api.profile.BehaviourType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileResolverTest {

    private static final Instant AT = Instant.parse("2025-03-10T09:30:00Z");

    private final BehaviourClassifier classifier = new BehaviourClassifier(ClassifierConfig.bundledDefault(),
            new SignalReader(OpenBalanceThresholds.bundledDefault()));
    private final ProfileResolver resolver = new ProfileResolver(ClassifierConfig.bundledDefault().overrideRelease());

    @Test
    void withoutOverrideTheSuggestionIsInForce() {
        BehaviourSuggestion suggestion = classifier.classify(Histories.easygoing());

        EffectiveProfile profile = resolver.resolve(suggestion, Optional.empty());

        assertThat(profile.type()).isEqualTo(BehaviourType.EASYGOING);
        assertThat(profile.source()).isEqualTo(EffectiveProfile.Source.SUGGESTED);
        assertThat(profile.why()).contains("EASYGOING");
    }

    @Test
    void overrideIsKeptWhileEvidenceIsUnchanged() {
        BehaviourSuggestion atOverride = classifier.classify(Histories.easygoing());
        ProfileOverride override = ProfileOverride.of(BehaviourType.STRUGGLING,
                "owner told me their main customer went bankrupt", "ayse", AT, atOverride);
        // a little more history of the same kind: one more promise kept, one more day late on average
        BehaviourSuggestion later = classifier.classify(Histories.easygoing().toBuilder()
                .daysBeyondTerms(15, 18, 12, 20, 19).promises(5, 4, 1).build());

        EffectiveProfile profile = resolver.resolve(later, Optional.of(override));

        assertThat(profile.type()).isEqualTo(BehaviourType.STRUGGLING);
        assertThat(profile.source()).isEqualTo(EffectiveProfile.Source.OVERRIDDEN);
        assertThat(profile.why()).contains("ayse").contains("main customer went bankrupt").contains("not changed materially");
        assertThat(profile.materialChanges()).isEmpty();
    }

    @Test
    void overrideIsKeptWhenTheSuggestionAgreesWithIt() {
        BehaviourSuggestion atOverride = classifier.classify(Histories.easygoing());
        ProfileOverride override = ProfileOverride.of(BehaviourType.STRUGGLING, "knows them", "ayse", AT, atOverride);
        BehaviourSuggestion later = classifier.classify(Histories.struggling().toBuilder()
                .daysBeyondTerms(15, 18, 12, 20).promises(4, 3, 1).contacts(6, 5).build());

        EffectiveProfile profile = resolver.resolve(later, Optional.of(override));

        assertThat(later.type()).isEqualTo(BehaviourType.STRUGGLING);
        assertThat(profile.source()).isEqualTo(EffectiveProfile.Source.OVERRIDDEN);
    }

    @Test
    void overrideIsReleasedWhenAnotherTypeIsSuggestedConfidently() {
        BehaviourSuggestion atOverride = classifier.classify(Histories.easygoing());
        ProfileOverride override = ProfileOverride.of(BehaviourType.COOPERATIVE, "always settles in the end", "jan",
                AT, atOverride);
        BehaviourSuggestion later = classifier.classify(Histories.emotional().toBuilder().contacts(12, 8).build());

        EffectiveProfile profile = resolver.resolve(later, Optional.of(override));

        assertThat(later.type()).isEqualTo(BehaviourType.EMOTIONAL);
        assertThat(profile.type()).isEqualTo(BehaviourType.EMOTIONAL);
        assertThat(profile.source()).isEqualTo(EffectiveProfile.Source.OVERRIDE_RELEASED);
        assertThat(profile.materialChanges())
                .anySatisfy(c -> assertThat(c).contains("suggestion changed from EASYGOING to EMOTIONAL"));
        assertThat(profile.why()).contains("override to COOPERATIVE by jan released");
    }

    @Test
    void overrideIsReleasedWhenAKeySignalMovesMaterially() {
        BehaviourSuggestion atOverride = classifier.classify(Histories.easygoing());
        ProfileOverride override = ProfileOverride.of(BehaviourType.COOPERATIVE, "pays in the end", "jan", AT, atOverride);
        // ten days later on average: the same suggestion, but a key signal moved by the material amount
        BehaviourSuggestion later = classifier.classify(Histories.easygoing().toBuilder()
                .daysBeyondTerms(25, 28, 22, 30).build());

        EffectiveProfile profile = resolver.resolve(later, Optional.of(override));

        assertThat(profile.source()).isEqualTo(EffectiveProfile.Source.OVERRIDE_RELEASED);
        assertThat(profile.type()).isEqualTo(BehaviourType.EASYGOING);
        assertThat(profile.materialChanges())
                .containsExactly("AVG_DAYS_LATE moved from 16.25 to 26.25 (material change: 10)");
    }

    @Test
    void aChangedButUnsureSuggestionDoesNotReleaseTheOverride() {
        BehaviourSuggestion atOverride = classifier.classify(Histories.easygoing());
        ProfileOverride override = ProfileOverride.of(BehaviourType.DOMINANT, "argues every line", "jan", AT, atOverride);
        // thin evidence: UNKNOWN is never a reason to drop a collector's judgement
        BehaviourSuggestion later = classifier.classify(BehaviourSignals.builder(Histories.eur("100.00"))
                .contacts(1, 1).build());

        EffectiveProfile profile = resolver.resolve(later, Optional.of(override));

        assertThat(later.type()).isEqualTo(BehaviourType.UNKNOWN);
        assertThat(profile.type()).isEqualTo(BehaviourType.DOMINANT);
        assertThat(profile.source()).isEqualTo(EffectiveProfile.Source.OVERRIDDEN);
    }

    @Test
    void anOverrideNeedsAReasonAndARealType() {
        BehaviourSuggestion suggestion = classifier.classify(Histories.easygoing());

        assertThatThrownBy(() -> ProfileOverride.of(BehaviourType.PESSIMIST, " ", "jan", AT, suggestion))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> ProfileOverride.of(BehaviourType.UNKNOWN, "no idea", "jan", AT, suggestion))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNKNOWN");
    }
}
