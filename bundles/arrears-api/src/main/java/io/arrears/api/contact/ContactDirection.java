package io.arrears.api.contact;

/** IN: the customer reached us; OUT: we reached the customer (or wrote a note). */
public enum ContactDirection {
    IN,
    OUT
}
