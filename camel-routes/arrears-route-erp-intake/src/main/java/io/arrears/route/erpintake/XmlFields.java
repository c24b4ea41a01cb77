package io.arrears.route.erpintake;

import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;

/** Converts XML element text to typed values, failing with the element and line on bad input. */
final class XmlFields {

    private XmlFields() {
    }

    static LocalDate date(FlatXmlDocument doc, XmlValue v) {
        if (v == null) {
            return null;
        }
        try {
            // xs:date may carry a zone suffix (2025-03-01Z, 2025-03-01+03:00); the calendar day is what counts
            String t = v.text();
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            throw new IntakeParseException(doc.sourceName(), v.line(), v.path(), "'" + v.text() + "' is not a date (yyyy-MM-dd)");
        }
    }

    static Currency currency(FlatXmlDocument doc, XmlValue v, String code) {
        try {
            return Currency.getInstance(code.strip());
        } catch (IllegalArgumentException e) {
            throw new IntakeParseException(doc.sourceName(), v.line(), v.path(), "'" + code + "' is not an ISO 4217 currency code");
        }
    }

    static Money money(FlatXmlDocument doc, XmlValue v, Currency currency) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(v.text());
        } catch (NumberFormatException e) {
            throw new IntakeParseException(doc.sourceName(), v.line(), v.path(), "'" + v.text() + "' is not a decimal amount");
        }
        try {
            return new Money(amount, currency);
        } catch (IllegalArgumentException e) {
            throw new IntakeParseException(doc.sourceName(), v.line(), v.path(), e.getMessage());
        }
    }
}
