package io.arrears.core.interest;

import java.util.Optional;
import java.util.Set;

/** Legal systems whose statutory B2B late-payment rules Arrears knows. EU is the Directive 2011/7/EU default. */
public enum Jurisdiction {
    EU, DE, PL, UK, TR, IL;

    /** EU member states without a national rule modelled here: the directive's default applies. */
    private static final Set<String> EU_MEMBERS = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PT", "RO", "SK", "SI", "ES", "SE");

    /** The debtor's jurisdiction by ISO 3166 alpha-2 country; empty when Arrears knows no statutory rule for it. */
    public static Optional<Jurisdiction> forCountry(String country) {
        return switch (country) {
            case "DE" -> Optional.of(DE);
            case "PL" -> Optional.of(PL);
            case "GB" -> Optional.of(UK);
            case "TR" -> Optional.of(TR);
            case "IL" -> Optional.of(IL);
            default -> EU_MEMBERS.contains(country) ? Optional.of(EU) : Optional.empty();
        };
    }
}
