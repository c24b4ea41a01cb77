package io.arrears.route.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddedDocumentsTest {

    @Test
    void embeddedDocumentsBecomeFilesNamedByTheMessage() {
        EmbeddedDocuments.Split split = EmbeddedDocuments.split("placement-3", """
                {"type":"placement","documents":[{"kind":"notices-sent","fileName":"notices-sent.csv","contentBase64":"YTtiDQo="}]}""");

        assertThat(split.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("placement-3-notices-sent.csv");
            assertThat(new String(f.content(), StandardCharsets.UTF_8)).isEqualTo("a;b\r\n");
        });
        assertThat(split.message()).contains("\"file\":\"placement-3-notices-sent.csv\"").doesNotContain("contentBase64");
    }

    @Test
    void messagesWithoutEmbeddedDocumentsStayAsTheyAre() {
        String recall = "{\"type\":\"recall\",\"placementReference\":\"ARR-P-3\"}";
        assertThat(EmbeddedDocuments.split("recall-3", recall)).isEqualTo(new EmbeddedDocuments.Split(recall, java.util.List.of()));
        assertThat(EmbeddedDocuments.split("x", "not json").message()).isEqualTo("not json");
    }

    @Test
    void aFileNameThatIsNoPlainNameIsRefused() {
        assertThatThrownBy(() -> EmbeddedDocuments.split("placement-3",
                "{\"documents\":[{\"fileName\":\"../../etc/passwd\",\"contentBase64\":\"eA==\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a plain file name");
    }
}
