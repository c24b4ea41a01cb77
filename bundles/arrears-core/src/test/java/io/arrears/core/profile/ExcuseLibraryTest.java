package io.arrears.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled excuse-to-response library answers every category in en, tr, pl, he and de; other languages get English. */
class ExcuseLibraryTest {

    private static final ExcuseLibrary LIBRARY = ExcuseLibrary.bundledDefault();
    private static final List<String> LANGUAGES = List.of("en", "tr", "pl", "he", "de");

    static Stream<Arguments> everyCategoryInEveryLanguage() {
        return Arrays.stream(ExcuseCategory.values()).flatMap(c -> LANGUAGES.stream().map(l -> Arguments.of(c, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyCategoryInEveryLanguage")
    void everyCategoryIsAnsweredInEachOfTheFiveLanguages(ExcuseCategory category, String language) {
        ExcuseResponse response = LIBRARY.respond(category, language);

        assertThat(response.language()).isEqualTo(language);
        assertThat(response.responses()).isNotEmpty().allSatisfy(r -> assertThat(r).isNotBlank());
        if (!language.equals("en")) {
            assertThat(response.responses()).as("translated, not the English text")
                    .isNotEqualTo(LIBRARY.respond(category, "en").responses());
        }
        if (language.equals("he")) {
            assertThat(String.join(" ", response.responses())).as("Hebrew script").matches("(?s).*[\\u05D0-\\u05EA].*");
        }
    }

    static Stream<Arguments> lookups() {
        return Stream.of(
                Arguments.of("de-AT", "de", "de"), Arguments.of("tr_TR", "tr", "tr"), Arguments.of("PL", "pl", "pl"),
                Arguments.of("iw", "he", "he"), Arguments.of("he-IL", "he", "he"),
                Arguments.of("fr", "fr", "en"), Arguments.of("nl-BE", "nl", "en"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("lookups")
    void regionTagsAreReducedToTheLanguageAndAnUntranslatedOneFallsBackToEnglish(String asked, String requested, String used) {
        ExcuseResponse response = LIBRARY.respond(ExcuseCategory.CHEQUE_IN_THE_POST, asked);

        assertThat(response.requestedLanguage()).isEqualTo(requested);
        assertThat(response.language()).isEqualTo(used);
        assertThat(response.responses()).isEqualTo(LIBRARY.respond(ExcuseCategory.CHEQUE_IN_THE_POST, used).responses());
    }

    @Test
    void anEditedLibraryNeedsEveryCategoryWithEnglish() {
        assertThatThrownBy(() -> new ExcuseLibrary(Map.of())).hasMessageContaining("is missing");
        assertThatThrownBy(() -> LIBRARY.respond(ExcuseCategory.WRONG_PERSON, "english"))
                .hasMessageContaining("ISO 639-1");
    }
}
