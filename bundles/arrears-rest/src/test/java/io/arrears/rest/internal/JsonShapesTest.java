package io.arrears.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arrears.api.money.Money;
import io.arrears.rest.internal.json.MoneyJson;
import io.arrears.rest.internal.json.PageJson;
import io.arrears.api.ledger.Page;
import io.arrears.rest.internal.errors.InvalidJsonMapper;
import io.arrears.rest.internal.payments.ResolveRequestJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire shapes as the real JSON provider writes them. */
class JsonShapesTest {

    private final ObjectMapper json = JsonProviderExtension.objectMapper();

    @Test
    void moneyIsTwoStringsAtTheCurrencyScale() {
        JsonNode node = json.valueToTree(MoneyJson.of(Money.of("123.4", "EUR")));

        assertThat(node.get("amount").isTextual()).isTrue();
        assertThat(node.get("amount").asText()).isEqualTo("123.40");
        assertThat(node.get("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void moneyOfAZeroDecimalCurrencyHasNoDecimals() {
        assertThat(MoneyJson.of(Money.of("1500", "JPY")).amount()).isEqualTo("1500");
    }

    @Test
    void largeAmountsAreNeverWrittenInExponentNotation() {
        assertThat(MoneyJson.of(Money.of("10000000.00", "EUR")).amount()).isEqualTo("10000000.00");
    }

    @Test
    void pageHasItemsPageSizeTotal() {
        JsonNode node = json.valueToTree(PageJson.of(Page.of(List.of("a", "b", "c"), 1, 2), s -> s.toUpperCase()));

        assertThat(node.fieldNames()).toIterable().containsExactly("items", "page", "size", "total");
        assertThat(node.get("items").get(0).asText()).isEqualTo("C");
        assertThat(node.get("total").asLong()).isEqualTo(3);
    }

    private ErrorBody readError(String body) {
        try {
            json.readValue(body, ResolveRequestJson.class);
        } catch (JsonProcessingException e) {
            Response response = new InvalidJsonMapper().toResponse(e);
            assertThat(response.getStatus()).isEqualTo(400);
            return (ErrorBody) response.getEntity();
        }
        throw new AssertionError("body was read without error: " + body);
    }

    @Test
    void resolveBodyIsRead() throws Exception {
        assertThat(json.readValue("{\"customerId\":\"C1\",\"itemIds\":[\"I1\"]}", ResolveRequestJson.class))
                .isEqualTo(new ResolveRequestJson("C1", List.of("I1")));
    }

    @Test
    void unknownPropertyIsRefusedNamingIt() {
        ErrorBody error = readError("{\"customerId\":\"C1\",\"itemIDs\":[]}");

        assertThat(error.error()).isEqualTo("invalid-json");
        assertThat(error.message()).startsWith("unknown property 'itemIDs'").contains("customerId", "itemIds")
                .doesNotContain("io.arrears");
    }

    @Test
    void wrongTypeIsRefusedNamingTheField() {
        ErrorBody error = readError("{\"customerId\":\"C1\",\"itemIds\":{\"a\":1}}");

        assertThat(error.message()).isEqualTo("invalid value for 'itemIds'");
    }

    @Test
    void malformedJsonIsRefused() {
        assertThat(readError("{\"customerId\": ").message()).startsWith("malformed JSON");
    }
}
