package io.arrears.core.profile;

/** Ways to reach a debtor (domain.md 3.2). */
public enum Channel {
    LETTER, EMAIL, SMS, PHONE, VISIT
}
