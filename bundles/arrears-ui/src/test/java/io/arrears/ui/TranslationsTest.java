package io.arrears.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arrears.api.call.PaymentHabit;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.insurer.AlarmKind;
import io.arrears.api.ledger.AgingBucket;
import io.arrears.api.ledger.Channel;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.api.outbox.DeliveryState;
import io.arrears.api.plan.Frequency;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.promise.PromiseState;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the tab shows exists in all five languages: the same keys and placeholders in every file, every key the
 * scripts and pages ask for, and a label for every code the API sends (enums of the API, the playbooks, risk factors and
 * excuse categories of the bundled profile configuration).
 */
class TranslationsTest {

    private static final List<String> LANGUAGES = List.of("en", "tr", "pl", "de", "he");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern T_CALL = Pattern.compile("\\bt\\('([^']+)'");
    private static final Pattern LABEL_CALL = Pattern.compile("\\blabel\\('(\\w+)'");
    private static final Pattern DATA_I18N = Pattern.compile("data-i18n=\"([^\"]+)\"");
    private static final String PROFILE = "/io/arrears/core/profile/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyLanguageHasEveryKeyWithTheSamePlaceholders() throws IOException {
        Map<String, Map<String, String>> texts = texts();
        Set<String> allKeys = new TreeSet<>();
        texts.values().forEach(t -> allKeys.addAll(t.keySet()));
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Map<String, String> own = texts.get(language);
            for (String key : allKeys) {
                String text = own.get(key);
                if (text == null || text.isBlank()) {
                    problems.add(language + ": missing " + key);
                } else if (!placeholders(text).equals(placeholders(texts.get("en").getOrDefault(key, text)))) {
                    problems.add(language + ": " + key + " has placeholders " + placeholders(text) + ", English "
                            + placeholders(texts.get("en").get(key)));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyThePagesAndScriptsAskForHasAText() throws IOException, URISyntaxException {
        Set<String> english = texts().get("en").keySet();
        Set<String> asked = new TreeSet<>();
        Set<String> labelPrefixes = new TreeSet<>();
        for (Path file : webFiles()) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            collect(T_CALL, source, asked);
            collect(DATA_I18N, source, asked);
            collect(LABEL_CALL, source, labelPrefixes);
        }
        // t('factor.' + code): a prefix completed at run time
        asked.stream().filter(k -> k.endsWith(".")).map(k -> k.substring(0, k.length() - 1)).forEach(labelPrefixes::add);
        asked.removeIf(k -> k.endsWith("."));
        assertThat(asked).as("keys asked for by t('…') and data-i18n").isNotEmpty();
        assertThat(asked.stream().filter(k -> !english.contains(k)).toList()).as("keys without a text").isEmpty();
        assertThat(labelPrefixes.stream().filter(p -> english.stream().noneMatch(k -> k.startsWith(p + "."))).toList())
                .as("label('prefix', code) without any text of that prefix").isEmpty();
    }

    @Test
    void everyCodeTheApiSendsHasALabel() throws IOException {
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        codes.put("type", names(BehaviourType.values()));
        codes.put("bucket", names(AgingBucket.values()));
        codes.put("kind", names(ItemKind.values()));
        codes.put("outcome", names(ContactOutcome.values()));
        codes.put("state", names(DeliveryState.values()));
        codes.put("insurerAlarm", names(AlarmKind.values()));
        codes.put("frequency", names(Frequency.values()));
        codes.put("habit", names(PaymentHabit.values()));
        codes.put("promiseState", names(PromiseState.values()));
        Set<String> channels = new TreeSet<>(names(Channel.values()));
        channels.addAll(names(DeliveryChannel.values()));
        codes.put("channel", channels);
        JsonNode playbooks = bundled("playbooks.json").get("playbooks");
        codes.put("tone", values(playbooks, p -> Stream.of(p.get("tone"))));
        codes.put("offer", values(playbooks, p -> stream(p.get("offers"))));
        codes.put("speed", values(playbooks, p -> Stream.of(p.get("escalation"))));
        codes.computeIfAbsent("channel", k -> new TreeSet<>()).addAll(values(playbooks, p -> stream(p.get("channels"))));
        codes.put("riskFactor", fieldNames(bundled("risk-score.json").get("factors")));
        codes.put("excuse", fieldNames(bundled("excuse-responses.json").get("responses")));

        Set<String> english = texts().get("en").keySet();
        List<String> missing = new ArrayList<>();
        codes.forEach((prefix, values) -> {
            assertThat(values).as("codes of " + prefix).isNotEmpty();
            values.stream().map(v -> prefix + "." + v).filter(k -> !english.contains(k)).forEach(missing::add);
        });
        assertThat(missing).as("codes without a label (add them to every language)").isEmpty();
    }

    private static Map<String, Map<String, String>> texts() throws IOException {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            try (InputStream in = TranslationsTest.class.getResourceAsStream("/web/i18n/" + language + ".json")) {
                assertThat(in).as("texts of " + language).isNotNull();
                texts.put(language, JSON.readValue(in, new TypeReference<Map<String, String>>() { }));
            }
        }
        return texts;
    }

    private static List<Path> webFiles() throws IOException, URISyntaxException {
        Path web = Path.of(TranslationsTest.class.getResource("/web").toURI());
        try (Stream<Path> files = Files.walk(web)) {
            return files.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".html")).toList();
        }
    }

    private static void collect(Pattern pattern, String source, Set<String> into) {
        Matcher m = pattern.matcher(source);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        collect(PLACEHOLDER, text, names);
        return names;
    }

    private static JsonNode bundled(String file) throws IOException {
        try (InputStream in = TranslationsTest.class.getResourceAsStream(PROFILE + file)) {
            assertThat(in).as(file + " of arrears-core").isNotNull();
            return JSON.readTree(in);
        }
    }

    private static Set<String> values(JsonNode playbooks, java.util.function.Function<JsonNode, Stream<JsonNode>> field) {
        Set<String> found = new TreeSet<>();
        playbooks.elements().forEachRemaining(p -> field.apply(p).map(JsonNode::asText).forEach(found::add));
        return found;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.elements().forEachRemaining(items::add);
        return items.stream();
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> names(Enum<?>[] values) {
        return new TreeSet<>(Arrays.stream(values).map(Enum::name).toList());
    }
}
