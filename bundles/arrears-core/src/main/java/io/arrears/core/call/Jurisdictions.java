package io.arrears.core.call;

import io.arrears.core.interest.Jurisdiction;
import java.util.Objects;

/** Whose late-payment law applies to a debtor, from their country: DE, PL, GB (UK), TR, IL; else the EU default. */
public final class Jurisdictions {

    private Jurisdictions() {
    }

    public static Jurisdiction ofCountry(String country) {
        return switch (Objects.requireNonNull(country, "country")) {
            case "DE" -> Jurisdiction.DE;
            case "PL" -> Jurisdiction.PL;
            case "GB" -> Jurisdiction.UK;
            case "TR" -> Jurisdiction.TR;
            case "IL" -> Jurisdiction.IL;
            default -> Jurisdiction.EU;
        };
    }
}
