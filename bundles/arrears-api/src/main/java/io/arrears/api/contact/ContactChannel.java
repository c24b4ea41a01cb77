package io.arrears.api.contact;

/** How the contact happened. NOTE is an internal remark with no exchange with the customer. */
public enum ContactChannel {
    CALL,
    EMAIL,
    SMS,
    LETTER,
    VISIT,
    NOTE
}
