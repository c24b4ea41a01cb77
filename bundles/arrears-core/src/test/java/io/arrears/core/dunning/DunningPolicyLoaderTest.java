package io.arrears.core.dunning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arrears.api.ledger.ContactRole;
import io.arrears.api.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Currency;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DunningPolicyLoaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bundledDefaultLoads() {
        DunningPolicy policy = DunningPolicyLoader.loadDefault();

        assertThat(policy.levels()).extracting(DunningLevel::number).containsExactly(1, 2, 3, 4);
        assertThat(policy.firstLevel().isPreDue()).isTrue();
        assertThat(policy.quietHours()).isEqualTo(new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0)));
        assertThat(policy.minimumIntervalBetweenContacts()).isEqualTo(Duration.ofDays(3));
        assertThat(policy.contactDays().weekendOf("IL")).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        assertThat(policy.contactDays().weekendOf("TR")).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(policy.level(4).orElseThrow().fee(Currency.getInstance("TRY"))).isEqualTo(Money.of("100.00", "TRY"));
        assertThat(policy.runTime()).isEqualTo(LocalTime.of(7, 0));
    }

    @Test
    void administratorsFileLoadsFromAPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dunning-policy.json");
        Files.writeString(file, edited(doc -> ((ObjectNode) doc.get("quietHours")).put("start", "21:00")));

        assertThat(DunningPolicyLoader.load(file).quietHours().start()).isEqualTo(LocalTime.of(21, 0));
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> DunningPolicyLoader.load(missing))
                .isInstanceOf(DunningPolicyException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void unknownTopLevelFieldIsRejectedByName() {
        assertRejected(doc -> ((ObjectNode) doc).put("quietHour", "x"), "unknown field 'quietHour'");
    }

    @Test
    void unknownLevelFieldIsRejectedWithItsPath() {
        assertRejected(doc -> level(doc, 1).put("colour", "red"), "unknown field 'levels[1].colour'");
    }

    @Test
    void duplicateLevelNumbersAreRejected() {
        assertRejected(doc -> level(doc, 2).put("number", 2), "levels[2].number' duplicate level number 2");
    }

    @Test
    void levelsOutOfOrderAreRejected() {
        assertRejected(doc -> level(doc, 1).put("number", 7), "levels[2].number' 3 follows 7");
    }

    @Test
    void levelsNotOrderedInTimeAreRejected() {
        assertRejected(doc -> level(doc, 2).put("daysFromDue", 3), "levels[2].daysFromDue' 3 is not after the previous level's 3");
    }

    @Test
    void missingFieldIsNamed() {
        assertRejected(doc -> level(doc, 0).remove("graceDays"), "levels[0].graceDays' is required");
    }

    @Test
    void unknownToneIsNamedWithTheAllowedValues() {
        assertRejected(doc -> level(doc, 0).put("tone", "RUDE"), "levels[0].tone' 'RUDE' is not one of [FRIENDLY, NEUTRAL, FIRM, FINAL]");
    }

    @Test
    void levelsNameTheirRecipientRolesOrTakeTheTonesDefault() {
        DunningPolicy policy = DunningPolicyLoader.loadDefault();
        assertThat(policy.level(1).orElseThrow().recipients()).containsExactly(ContactRole.ACCOUNTS_PAYABLE);
        assertThat(policy.level(4).orElseThrow().recipients()).containsExactly(ContactRole.DECISION_MAKER, ContactRole.ESCALATION);

        String withoutRecipients = edited(doc -> level(doc, 2).remove("recipients"));
        assertThat(DunningPolicyLoader.parse(stream(withoutRecipients), "test.json")
                .level(3).orElseThrow().recipients()).as("FIRM's default")
                .containsExactly(ContactRole.ACCOUNTS_PAYABLE, ContactRole.DECISION_MAKER);
    }

    @Test
    void unknownOrNoRecipientRolesAreNamed() {
        assertRejected(doc -> ((ArrayNode) level(doc, 0).get("recipients")).add("CEO"), "levels[0].recipients[1]' 'CEO'");
        assertRejected(doc -> level(doc, 0).putArray("recipients"), "levels[0].recipients' must list at least one contact role");
    }

    @Test
    void unknownChannelIsNamed() {
        assertRejected(doc -> ((ArrayNode) level(doc, 0).get("channels")).add("PIGEON"), "levels[0].channels[1]' 'PIGEON'");
    }

    @Test
    void levelMissingACurrencyIsRejected() {
        assertRejected(doc -> ((ObjectNode) level(doc, 2).get("minimumAmount")).remove("TRY"), "levels[2].minimumAmount' lists currencies");
    }

    @Test
    void amountWithMoreDecimalsThanTheCurrencyIsRejected() {
        assertRejected(doc -> ((ObjectNode) level(doc, 0).get("fee")).put("EUR", "0.001"), "levels[0].fee.EUR'");
    }

    @Test
    void unknownCurrencyIsRejected() {
        assertRejected(doc -> ((ObjectNode) level(doc, 0).get("fee")).put("EUX", "1.00"), "'EUX' is not an ISO 4217 currency code");
    }

    @Test
    void badTimeOfDayIsRejected() {
        assertRejected(doc -> ((ObjectNode) doc.get("quietHours")).put("end", "8am"), "quietHours.end' '8am' is not a time of day");
    }

    @Test
    void badZoneIsRejected() {
        assertRejected(doc -> ((ObjectNode) doc.get("run")).put("zone", "Mars/Olympus"), "run.zone' 'Mars/Olympus'");
    }

    @Test
    void wrongTypeIsNamed() {
        assertRejected(doc -> level(doc, 0).put("graceDays", "three"), "invalid value at 'levels[0].graceDays'");
    }

    @Test
    void nextRunFollowsTheConfiguredTimeOfDay() {
        DunningPolicy policy = DunningPolicyLoader.loadDefault();

        assertThat(policy.nextRunAfter(Instant.parse("2026-03-02T06:00:00Z"))).isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
        assertThat(policy.nextRunAfter(Instant.parse("2026-03-02T07:00:00Z"))).isEqualTo(Instant.parse("2026-03-03T07:00:00Z"));
    }

    private static ObjectNode level(JsonNode doc, int index) {
        return (ObjectNode) doc.get("levels").get(index);
    }

    private static void assertRejected(Consumer<JsonNode> edit, String message) {
        String json = edited(edit);
        assertThatThrownBy(() -> DunningPolicyLoader.parse(stream(json), "test.json"))
                .isInstanceOf(DunningPolicyException.class)
                .hasMessageContaining("test.json")
                .hasMessageContaining(message);
    }

    private static String edited(Consumer<JsonNode> edit) {
        try (InputStream in = DunningPolicyLoader.class.getResourceAsStream(DunningPolicyLoader.DEFAULT_RESOURCE)) {
            JsonNode doc = JSON.readTree(in);
            edit.accept(doc);
            return JSON.writeValueAsString(doc);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
