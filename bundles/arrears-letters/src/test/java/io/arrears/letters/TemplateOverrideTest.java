package io.arrears.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.letter.LetterRenderingException;
import io.arrears.api.letter.RenderedLetter;
import io.arrears.api.letter.Tone;
import io.arrears.api.profile.BehaviourType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateOverrideTest {

    @TempDir
    Path dir;

    @Test
    void aFileInTheOverrideDirectoryReplacesTheBundledOneOfTheSameName() throws Exception {
        Files.createDirectories(dir.resolve("de"));
        Files.writeString(dir.resolve("de/firm.tpl"), """
                ## edited by the administrator
                == subject
                Bitte zahlen: {{totalDue}}
                == body
                {{greeting}}

                Offen: {{totalDue}} bis {{payBy}}.

                {{closing}}
                """);
        TemplateLetterRenderer renderer = new TemplateLetterRenderer(Optional.of(dir));

        RenderedLetter firm = renderer.render(LetterFixtures.request("de", "EUR", Tone.FIRM, BehaviourType.UNKNOWN));
        RenderedLetter neutral = renderer.render(LetterFixtures.request("de", "EUR", Tone.NEUTRAL, BehaviourType.UNKNOWN));

        assertThat(LetterFixtures.plain(firm.subject())).isEqualTo("Bitte zahlen: 1.586,90 €");
        assertThat(LetterFixtures.plain(firm.textBody())).contains("Offen: 1.586,90 € bis 17. März 2025.", "Mit freundlichen Grüßen");
        // files not overridden still come from the bundle
        assertThat(neutral.subject()).startsWith("Zahlungserinnerung");
    }

    @Test
    void aMisspelledPlaceholderStopsTheLetterNamingFileAndPlaceholder() throws Exception {
        Files.createDirectories(dir.resolve("pl"));
        Path file = dir.resolve("pl/reminder.tpl");
        Files.writeString(file, "== subject\nPrzypomnienie\n== body\n{{greeting}}\n\nKwota: {{totalDeu}}\n");
        TemplateLetterRenderer renderer = new TemplateLetterRenderer(Optional.of(dir));

        assertThatThrownBy(() -> renderer.render(LetterFixtures.request("pl", "PLN", Tone.NEUTRAL, BehaviourType.UNKNOWN)))
                .isInstanceOf(LetterRenderingException.class)
                .hasMessageContaining(file + "#body")
                .hasMessageContaining("line 6")
                .hasMessageContaining("unknown placeholder {{totalDeu}}");
    }

    @Test
    void aMissingSectionInAnOverrideIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("en/common.tpl"), "== greeting.named\nHi\n");
        TemplateLetterRenderer renderer = new TemplateLetterRenderer(Optional.of(dir));

        assertThatThrownBy(() -> renderer.render(LetterFixtures.request("en", "EUR", Tone.NEUTRAL, BehaviourType.UNKNOWN)))
                .isInstanceOf(LetterRenderingException.class)
                .hasMessageContaining("en/common.tpl has no section '== fee.RECOVERY_COMPENSATION'");
    }

    @Test
    void aLanguageWithoutTemplatesIsAnErrorNotASilentFallback() {
        TemplateLetterRenderer renderer = new TemplateLetterRenderer(Optional.empty());

        assertThatThrownBy(() -> renderer.render(LetterFixtures.request("fr", "EUR", Tone.NEUTRAL, BehaviourType.UNKNOWN)))
                .isInstanceOf(LetterRenderingException.class)
                .hasMessageContaining("no template fr/common.tpl");
    }
}
