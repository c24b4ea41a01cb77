package io.arrears.api.partner;

/** The kind of third party a message goes to; each has its own delivery route per configured partner. */
public enum PartnerKind {
    AGENCY,
    INSURER
}
