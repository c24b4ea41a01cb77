package io.arrears.core.dunning;

import io.arrears.api.ledger.ContactRole;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.arrears.api.money.Money;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a dunning policy from JSON: the bundled {@code default-dunning-policy.json} or an
 * administrator's file, so the ladder changes without a rebuild. Rejects unknown fields, missing
 * fields, unordered or duplicate levels, and bad values, naming the field in the message.
 * Field reference: {@code bundles/arrears-core/dunning-policy.md}.
 */
public final class DunningPolicyLoader {

    /** Classpath location of the bundled default policy. */
    public static final String DEFAULT_RESOURCE = "/io/arrears/core/dunning/default-dunning-policy.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private DunningPolicyLoader() {
    }

    public static DunningPolicy loadDefault() {
        try (InputStream in = DunningPolicyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new DunningPolicyException("bundled dunning policy " + DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return parse(in, "bundled " + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new DunningPolicyException("cannot read bundled dunning policy " + DEFAULT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public static DunningPolicy load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new DunningPolicyException("cannot read dunning policy " + file + ": " + e.getMessage(), e);
        }
    }

    /** @param source names the document in error messages (a path or "bundled ...") */
    public static DunningPolicy parse(InputStream json, String source) {
        DunningPolicyJson.Policy document;
        try {
            document = MAPPER.readValue(json, DunningPolicyJson.Policy.class);
        } catch (UnrecognizedPropertyException e) {
            throw new DunningPolicyException("dunning policy " + source + ": unknown field '" + pathOf(e)
                    + "' (known fields here: " + e.getKnownPropertyIds() + ")", e);
        } catch (JsonMappingException e) {
            throw new DunningPolicyException("dunning policy " + source + ": invalid value at '" + pathOf(e) + "': "
                    + e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            throw new DunningPolicyException("dunning policy " + source + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DunningPolicyException("cannot read dunning policy " + source + ": " + e.getMessage(), e);
        }
        if (document == null) {
            throw new DunningPolicyException("dunning policy " + source + " is empty");
        }
        try {
            return new Converter(source).policy(document);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new DunningPolicyException("dunning policy " + source + ": " + e.getMessage(), e);
        }
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.length() == 0 ? "(document)" : path.toString();
    }

    /** Turns the JSON shape into domain records; each failure names its field. */
    private static final class Converter {

        private final String source;

        Converter(String source) {
            this.source = source;
        }

        DunningPolicy policy(DunningPolicyJson.Policy p) {
            List<DunningPolicyJson.Level> levelsJson = required(p.levels(), "levels");
            if (levelsJson.isEmpty()) {
                throw fail("levels", "must list at least one level");
            }
            List<DunningLevel> levels = new ArrayList<>();
            Set<Integer> numbers = new HashSet<>();
            for (int i = 0; i < levelsJson.size(); i++) {
                DunningLevel level = level(required(levelsJson.get(i), "levels[" + i + "]"), "levels[" + i + "]");
                if (!numbers.add(level.number())) {
                    throw fail("levels[" + i + "].number", "duplicate level number " + level.number());
                }
                if (i > 0) {
                    DunningLevel before = levels.get(i - 1);
                    if (level.number() < before.number()) {
                        throw fail("levels[" + i + "].number", level.number() + " follows " + before.number()
                                + ": levels must be listed in strictly increasing order");
                    }
                    if (level.daysFromDue() <= before.daysFromDue()) {
                        throw fail("levels[" + i + "].daysFromDue", level.daysFromDue() + " is not after the previous level's "
                                + before.daysFromDue() + ": levels must be strictly ordered in time");
                    }
                }
                levels.add(level);
            }
            requireSameCurrencies(levels);

            DunningPolicyJson.FrequencyCap cap = required(p.frequencyCap(), "frequencyCap");
            int days = nonNegative(required(cap.minimumDaysBetweenContacts(), "frequencyCap.minimumDaysBetweenContacts"),
                    "frequencyCap.minimumDaysBetweenContacts");

            DunningPolicyJson.Window quiet = required(p.quietHours(), "quietHours");
            LocalTime quietStart = time(required(quiet.start(), "quietHours.start"), "quietHours.start");
            LocalTime quietEnd = time(required(quiet.end(), "quietHours.end"), "quietHours.end");
            if (quietStart.equals(quietEnd)) {
                throw fail("quietHours", "start and end are both " + quietStart + ": the span is ambiguous");
            }

            DunningPolicyJson.Run run = required(p.run(), "run");
            LocalTime runTime = time(required(run.time(), "run.time"), "run.time");
            ZoneId runZone = zone(required(run.zone(), "run.zone"), "run.zone");

            return new DunningPolicy(levels, Duration.ofDays(days), new QuietHours(quietStart, quietEnd),
                    contactDays(required(p.contactDays(), "contactDays")), runTime, runZone);
        }

        private DunningLevel level(DunningPolicyJson.Level l, String at) {
            int number = required(l.number(), at + ".number");
            if (number < 1) {
                throw fail(at + ".number", number + " is not a positive number");
            }
            String name = required(l.name(), at + ".name");
            if (name.isBlank()) {
                throw fail(at + ".name", "is blank");
            }
            List<String> channelNames = required(l.channels(), at + ".channels");
            if (channelNames.isEmpty()) {
                throw fail(at + ".channels", "must list at least one channel");
            }
            List<ContactChannel> channels = new ArrayList<>();
            for (int i = 0; i < channelNames.size(); i++) {
                channels.add(enumValue(ContactChannel.class, channelNames.get(i), at + ".channels[" + i + "]"));
            }
            Tone tone = enumValue(Tone.class, required(l.tone(), at + ".tone"), at + ".tone");
            List<ContactRole> recipients = DunningLevel.defaultRecipients(tone);
            if (l.recipients() != null) {
                if (l.recipients().isEmpty()) {
                    throw fail(at + ".recipients", "must list at least one contact role (or be left out for the tone's default)");
                }
                recipients = new ArrayList<>();
                for (int i = 0; i < l.recipients().size(); i++) {
                    recipients.add(enumValue(ContactRole.class, l.recipients().get(i), at + ".recipients[" + i + "]"));
                }
            }
            return new DunningLevel(
                    number,
                    name,
                    required(l.daysFromDue(), at + ".daysFromDue"),
                    money(required(l.minimumAmount(), at + ".minimumAmount"), at + ".minimumAmount"),
                    nonNegative(required(l.graceDays(), at + ".graceDays"), at + ".graceDays"),
                    channels,
                    tone,
                    money(required(l.fee(), at + ".fee"), at + ".fee"),
                    required(l.chargeInterest(), at + ".chargeInterest"),
                    recipients);
        }

        /** Every level must price every currency it is used with, or a customer's run would fail half-way. */
        private void requireSameCurrencies(List<DunningLevel> levels) {
            Set<Currency> currencies = levels.get(0).minimumAmount().keySet();
            for (int i = 0; i < levels.size(); i++) {
                DunningLevel level = levels.get(i);
                if (!level.minimumAmount().keySet().equals(currencies)) {
                    throw fail("levels[" + i + "].minimumAmount", "lists currencies " + codes(level.minimumAmount().keySet())
                            + " but levels[0] lists " + codes(currencies) + "; every level must cover the same currencies");
                }
                if (!level.fee().keySet().equals(currencies)) {
                    throw fail("levels[" + i + "].fee", "lists currencies " + codes(level.fee().keySet())
                            + " but minimumAmount lists " + codes(currencies) + "; every level must cover the same currencies");
                }
            }
        }

        private ContactDays contactDays(DunningPolicyJson.ContactDays c) {
            Map<String, Set<DayOfWeek>> byCountry = new LinkedHashMap<>();
            Map<String, List<String>> byCountryJson = required(c.weekendDaysByCountry(), "contactDays.weekendDaysByCountry");
            for (Map.Entry<String, List<String>> e : byCountryJson.entrySet()) {
                String country = e.getKey();
                String at = "contactDays.weekendDaysByCountry." + country;
                if (!country.matches("[A-Z]{2}") || !Set.of(Locale.getISOCountries()).contains(country)) {
                    throw fail(at, "'" + country + "' is not an ISO 3166 alpha-2 country code (upper case)");
                }
                byCountry.put(country, days(required(e.getValue(), at), at));
            }
            return new ContactDays(
                    required(c.skipPublicHolidays(), "contactDays.skipPublicHolidays"),
                    required(c.skipWeekends(), "contactDays.skipWeekends"),
                    days(required(c.weekendDays(), "contactDays.weekendDays"), "contactDays.weekendDays"),
                    byCountry);
        }

        private Set<DayOfWeek> days(List<String> names, String at) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (int i = 0; i < names.size(); i++) {
                if (!days.add(enumValue(DayOfWeek.class, names.get(i), at + "[" + i + "]"))) {
                    throw fail(at + "[" + i + "]", names.get(i) + " is listed twice");
                }
            }
            return days;
        }

        private Map<Currency, Money> money(Map<String, BigDecimal> amounts, String at) {
            if (amounts.isEmpty()) {
                throw fail(at, "must give an amount for at least one currency");
            }
            Map<Currency, Money> result = new LinkedHashMap<>();
            for (Map.Entry<String, BigDecimal> e : amounts.entrySet()) {
                String field = at + "." + e.getKey();
                Currency currency;
                try {
                    currency = Currency.getInstance(e.getKey());
                } catch (IllegalArgumentException ex) {
                    throw fail(field, "'" + e.getKey() + "' is not an ISO 4217 currency code");
                }
                BigDecimal amount = required(e.getValue(), field);
                if (amount.signum() < 0) {
                    throw fail(field, amount.toPlainString() + " is negative");
                }
                try {
                    result.put(currency, new Money(amount, currency));
                } catch (IllegalArgumentException ex) {
                    throw fail(field, ex.getMessage());
                }
            }
            return result;
        }

        private LocalTime time(String text, String at) {
            try {
                return LocalTime.parse(text);
            } catch (DateTimeParseException e) {
                throw fail(at, "'" + text + "' is not a time of day like 20:00");
            }
        }

        private ZoneId zone(String text, String at) {
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                throw fail(at, "'" + text + "' is not a time zone id like Europe/Istanbul");
            }
        }

        private <E extends Enum<E>> E enumValue(Class<E> type, String text, String at) {
            try {
                return Enum.valueOf(type, required(text, at));
            } catch (IllegalArgumentException e) {
                throw fail(at, "'" + text + "' is not one of " + List.of(type.getEnumConstants()));
            }
        }

        private int nonNegative(int value, String at) {
            if (value < 0) {
                throw fail(at, value + " is negative");
            }
            return value;
        }

        private <T> T required(T value, String at) {
            if (value == null) {
                throw fail(at, "is required");
            }
            return value;
        }

        private static String codes(Set<Currency> currencies) {
            return currencies.stream().map(Currency::getCurrencyCode).sorted()
                    .collect(Collectors.joining(", ", "[", "]"));
        }

        private DunningPolicyException fail(String field, String problem) {
            return new DunningPolicyException("dunning policy " + source + ": field '" + field + "' " + problem);
        }
    }
}
