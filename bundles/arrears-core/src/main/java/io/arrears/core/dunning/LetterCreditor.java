package io.arrears.core.dunning;

import java.util.List;
import java.util.Objects;

/**
 * What the rendered letters need beyond {@link CreditorDetails}: the creditor's postal address and the
 * payment term the letter sets (pay by = letter date + {@code payWithinDays}).
 */
public record LetterCreditor(List<String> addressLines, String countryCode, int payWithinDays) {

    public LetterCreditor {
        addressLines = List.copyOf(addressLines);
        Objects.requireNonNull(countryCode, "LetterCreditor.countryCode");
        if (payWithinDays < 1) {
            throw new IllegalArgumentException("LetterCreditor.payWithinDays must be at least 1, was " + payWithinDays);
        }
    }
}
