package io.arrears.api.letter;

import io.arrears.api.check.Checks;
import java.util.List;
import java.util.Locale;

/**
 * An address as printed on a letter: the lines in order (street, postcode and town, ...) and the
 * ISO 3166-1 alpha-2 country code (upper case).
 */
public record PostalAddress(List<String> lines, String countryCode) {

    public PostalAddress {
        lines = Checks.list(lines, "PostalAddress", "lines");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("PostalAddress.lines must have at least one line");
        }
        lines.forEach(l -> Checks.text(l, "PostalAddress", "lines"));
        Checks.text(countryCode, "PostalAddress", "countryCode");
        if (!countryCode.matches("[A-Z]{2}") || !List.of(Locale.getISOCountries()).contains(countryCode)) {
            throw new IllegalArgumentException("PostalAddress.countryCode is not an ISO 3166-1 alpha-2 code: '" + countryCode + "'");
        }
    }

    public static PostalAddress of(String countryCode, String... lines) {
        return new PostalAddress(List.of(lines), countryCode);
    }
}
