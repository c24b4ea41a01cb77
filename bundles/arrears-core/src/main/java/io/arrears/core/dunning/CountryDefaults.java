package io.arrears.core.dunning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A debtor's time zone and letter language derived from its country, for customers whose master data
 * has only a country (the ERP import gives no zone or language). Bundled table:
 * {@code country-defaults.csv}; a country not in it gets the fallback zone and language.
 */
public final class CountryDefaults {

    public static final String RESOURCE = "/io/arrears/core/dunning/country-defaults.csv";

    private record Entry(ZoneId zone, String language) {
    }

    private final Map<String, Entry> byCountry;
    private final ZoneId fallbackZone;
    private final String fallbackLanguage;

    CountryDefaults(Map<String, Entry> byCountry, ZoneId fallbackZone, String fallbackLanguage) {
        this.byCountry = Map.copyOf(byCountry);
        this.fallbackZone = Objects.requireNonNull(fallbackZone, "fallbackZone");
        this.fallbackLanguage = Objects.requireNonNull(fallbackLanguage, "fallbackLanguage");
        if (Locale.forLanguageTag(fallbackLanguage).getLanguage().isEmpty()) {
            throw new IllegalArgumentException("fallback language '" + fallbackLanguage + "' is not a BCP 47 language tag");
        }
    }

    /** The bundled table with the given fallbacks for countries not in it. */
    public static CountryDefaults bundled(ZoneId fallbackZone, String fallbackLanguage) {
        Map<String, Entry> entries = new HashMap<>();
        try (InputStream in = CountryDefaults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("country,")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 3 || !cells[0].matches("[A-Z]{2}")) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected 'country,zone,language', was '" + line + "'");
                }
                try {
                    entries.put(cells[0], new Entry(ZoneId.of(cells[1]), cells[2]));
                } catch (DateTimeException e) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": unknown zone '" + cells[1] + "'", e);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled " + RESOURCE + ": " + e.getMessage(), e);
        }
        return new CountryDefaults(entries, fallbackZone, fallbackLanguage);
    }

    public ZoneId zone(String country) {
        Entry entry = byCountry.get(country);
        return entry == null ? fallbackZone : entry.zone();
    }

    public String language(String country) {
        Entry entry = byCountry.get(country);
        return entry == null ? fallbackLanguage : entry.language();
    }
}
