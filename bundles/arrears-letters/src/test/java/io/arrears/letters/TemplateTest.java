package io.arrears.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.letter.LetterRenderingException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private static String render(String source, Map<String, Object> values) {
        return Template.parse("t.tpl#body", source, 1).render(values, Template.Escaping.NONE);
    }

    @Test
    void fillsPlaceholdersAndRepeatsListSections() {
        String out = render("Hello {{name}}:\n{{#items}}\n- {{no}} {{name}}\n{{/items}}\nBye",
                Map.of("name", "Ann", "items", List.of(Map.of("no", "1"), Map.of("no", "2", "name", "inner"))));

        assertThat(out).isEqualTo("Hello Ann:\n- 1 Ann\n- 2 inner\nBye");
    }

    @Test
    void invertedSectionsAndFlags() {
        String source = "{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}} {{^list}}empty{{/list}}";

        assertThat(render(source, Map.of("flag", true, "list", List.of()))).isEqualTo("yes empty");
        assertThat(render(source, Map.of("flag", false, "list", List.of(Map.of())))).isEqualTo("no ");
    }

    @Test
    void escapesValuesInHtmlButNotTheTemplateText() {
        Template t = Template.parse("t", "<b>{{v}}</b>", 1);

        assertThat(t.render(Map.of("v", "Smith & <Co> \"x\" 'y'"), Template.Escaping.HTML))
                .isEqualTo("<b>Smith &amp; &lt;Co&gt; &quot;x&quot; &#39;y&#39;</b>");
        assertThat(t.render(Map.of("v", "a & b"), Template.Escaping.NONE)).isEqualTo("<b>a & b</b>");
    }

    @Test
    void unknownPlaceholderNamesTemplateLineAndPlaceholder() {
        Template t = Template.parse("de/firm.tpl#body", "Guten Tag\n{{totalDeu}}", 7);

        assertThatThrownBy(() -> t.render(Map.of("totalDue", "1 €"), Template.Escaping.NONE))
                .isInstanceOf(LetterRenderingException.class)
                .hasMessageContaining("de/firm.tpl#body")
                .hasMessageContaining("line 8")
                .hasMessageContaining("{{totalDeu}}")
                .hasMessageContaining("totalDue");
    }

    @Test
    void brokenSectionsAreReportedWhenParsed() {
        assertThatThrownBy(() -> Template.parse("x", "{{#items}} open", 1))
                .hasMessageContaining("{{#items}} is never closed");
        assertThatThrownBy(() -> Template.parse("x", "{{#a}}{{/b}}", 1))
                .hasMessageContaining("{{/b}} found where {{/a}}");
        assertThatThrownBy(() -> Template.parse("x", "{{ not a name }}", 1))
                .hasMessageContaining("is not a placeholder name");
        assertThatThrownBy(() -> Template.parse("x", "{{open", 1))
                .hasMessageContaining("without a closing");
    }

    @Test
    void aSectionUsedAsTextIsExplained() {
        assertThatThrownBy(() -> render("{{items}}", Map.of("items", List.of())))
                .hasMessageContaining("{{#items}}");
    }

    @Test
    void templateFileSplitsSectionsSkipsCommentsAndNamesMissingSections() {
        TemplateFile file = TemplateFile.parse("en/x.tpl", "## comment\n== subject\nHi {{a}}\n\n== body\n## note\nText\n");

        assertThat(file.section("subject").render(Map.of("a", "A"), Template.Escaping.NONE)).isEqualTo("Hi A");
        assertThat(file.section("body").render(Map.of(), Template.Escaping.NONE)).isEqualTo("Text");
        assertThatThrownBy(() -> file.section("closing"))
                .isInstanceOf(LetterRenderingException.class)
                .hasMessage("template en/x.tpl has no section '== closing'");
    }

    @Test
    void textBeforeTheFirstSectionIsRefused() {
        assertThatThrownBy(() -> TemplateFile.parse("en/x.tpl", "stray\n== subject\nx"))
                .hasMessageContaining("en/x.tpl line 1");
    }
}
