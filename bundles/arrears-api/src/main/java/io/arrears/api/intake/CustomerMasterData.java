package io.arrears.api.intake;

import java.util.Objects;

/**
 * What an ERP document tells about its buyer; kept current with every import.
 *
 * @param erpCustomerId the customer's id in the ERP, also the ledger's customer id
 * @param name          the buyer's name
 * @param country       ISO 3166-1 alpha-2, may be null
 * @param email         billing e-mail (accounts payable), may be null
 * @param segment       the customer's segment as the ERP names it (key-account, sme, micro, consumer or the ERP's
 *                      own word), trimmed and lower-cased; null when the source does not say (an import then keeps
 *                      the stored one)
 */
public record CustomerMasterData(String erpCustomerId, String name, String country, String email, String segment) {

    /** Longest segment name kept. */
    public static final int MAX_SEGMENT = 60;

    public CustomerMasterData {
        Objects.requireNonNull(erpCustomerId, "erpCustomerId");
        Objects.requireNonNull(name, "name");
        if (erpCustomerId.isBlank()) {
            throw new IllegalArgumentException("CustomerMasterData.erpCustomerId is blank");
        }
        segment = normaliseSegment(segment);
    }

    /** Master data from a source that does not name a segment. */
    public CustomerMasterData(String erpCustomerId, String name, String country, String email) {
        this(erpCustomerId, name, country, email, null);
    }

    /** {@code segment} trimmed and lower-cased, null when blank; refuses one longer than {@value #MAX_SEGMENT}. */
    public static String normaliseSegment(String segment) {
        if (segment == null || segment.isBlank()) {
            return null;
        }
        String normalised = segment.strip().toLowerCase(java.util.Locale.ROOT);
        if (normalised.length() > MAX_SEGMENT) {
            throw new IllegalArgumentException("customer segment '" + normalised + "' is longer than " + MAX_SEGMENT
                    + " characters");
        }
        return normalised;
    }
}
