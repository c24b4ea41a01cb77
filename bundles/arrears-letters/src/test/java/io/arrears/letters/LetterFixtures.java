package io.arrears.letters;

import io.arrears.api.letter.Creditor;
import io.arrears.api.letter.Debtor;
import io.arrears.api.letter.FeeKind;
import io.arrears.api.letter.FeeLine;
import io.arrears.api.letter.InterestLine;
import io.arrears.api.letter.LetterItem;
import io.arrears.api.letter.LetterRequest;
import io.arrears.api.letter.PostalAddress;
import io.arrears.api.letter.Tone;
import io.arrears.api.money.Money;
import io.arrears.api.profile.BehaviourType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Letters for tests: two items, the first partly paid (original 2000.00, residual 1234.56). */
final class LetterFixtures {

    static final LocalDate LETTER_DATE = LocalDate.of(2025, 3, 3);
    static final LocalDate PAY_BY = LocalDate.of(2025, 3, 17);
    /** RF reference with valid check digits. */
    static final String REFERENCE = "RF18539007547034";
    static final String IBAN = "DE89370400440532013000";

    private LetterFixtures() {
    }

    static LetterRequest request(String language, String currency, Tone tone, BehaviourType type) {
        Creditor creditor = Creditor.of("Müller & Söhne GmbH", PostalAddress.of("DE", "Hauptstraße 5", "10115 Berlin"),
                IBAN, "COBADEFFXXX", "https://pay.example.com/p?ref={reference}&amount={amount}");
        Debtor debtor = Debtor.of(debtorName(language), PostalAddress.of(country(language), "Street 1", "12345 Town"),
                contact(language));
        Money residual = Money.of("1234.56", currency);
        List<LetterItem> items = List.of(
                new LetterItem("INV-2025-0042", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 9),
                        Money.of("2000.00", currency), residual, 22),
                new LetterItem("INV-2025-0057", LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 19),
                        Money.of("300.00", currency), Money.of("300.00", currency), 12));
        List<InterestLine> interest = List.of(new InterestLine("INV-2025-0042", new BigDecimal("11.27"),
                LocalDate.of(2025, 2, 10), LETTER_DATE, Money.of("12.34", currency)));
        List<FeeLine> fees = List.of(FeeLine.of(FeeKind.RECOVERY_COMPENSATION, "INV-2025-0042", Money.of("40.00", currency)));
        return new LetterRequest("N-2025-0001", language, tone == Tone.FRIENDLY ? 0 : tone.ordinal(), tone, type,
                creditor, debtor, items, interest, fees, Money.of("1586.90", currency), PAY_BY, REFERENCE, LETTER_DATE);
    }

    private static String debtorName(String language) {
        return switch (language) {
            case "pl" -> "Żółć i Łąka sp. z o.o.";
            case "tr" -> "Işık Gıda Sanayi A.Ş.";
            case "he" -> "אורן סחר בע״מ";
            case "de" -> "Bäckerei Groß KG";
            default -> "Acme Trading Ltd";
        };
    }

    private static String contact(String language) {
        return switch (language) {
            case "pl" -> "Zofia Wąsowska";
            case "tr" -> "İlker Şahin";
            case "he" -> "דנה כהן";
            default -> null;
        };
    }

    private static String country(String language) {
        return switch (language) {
            case "pl" -> "PL";
            case "tr" -> "TR";
            case "he" -> "IL";
            case "de" -> "DE";
            default -> "GB";
        };
    }

    /** Locale output with no-break spaces and bidi marks made plain, for readable expectations. */
    static String plain(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ').replace("\u200F", "").replace("\u200E", "");
    }
}
