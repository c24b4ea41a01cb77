package io.arrears.route.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxReferencesTest {

    @Test
    void referencesAreStableAndDistinct() {
        assertThat(OutboxReferences.reference("C-1/L2/abc/run-7")).isEqualTo(OutboxReferences.reference("C-1/L2/abc/run-7"))
                .hasSize(32).matches("[0-9a-f]+");
        assertThat(OutboxReferences.reference("C-1/L2/abc/run-7")).isNotEqualTo(OutboxReferences.reference("C-1/L2/abc/run-8"));
        // SHA-256("abc") starts with ba7816bf8f01cfea414140de5dae2223
        assertThat(OutboxReferences.messageId("abc")).isEqualTo("<ba7816bf8f01cfea414140de5dae2223@arrears>");
    }

    @Test
    void jsonTextEscapesControlCharacters() {
        assertThat(JsonText.object(Map.of("t", "a\"b\\c\u0001\u2028")))
                .isEqualTo("{\"t\":\"a\\\"b\\\\c\\u0001\\u2028\"}");
    }
}
