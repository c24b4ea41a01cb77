package io.arrears.api.profile;

/**
 * How a debtor behaves when a payment is late (seed 000, "Ödemesini Aksatan 8 Müşteri Tipi").
 * The system suggests one from observable signals; a collector may override it with a reason.
 */
public enum BehaviourType {
    /** TR "uzlaşmacı": knows they are late and wants to settle in full quickly. */
    COOPERATIVE,
    /** TR "rahat": relaxed, jokes, money is not their focus; pays after personal contact. */
    EASYGOING,
    /** TR "karamsar": hard to persuade, pays late and gives no reasons. */
    PESSIMIST,
    /** Knows their account better than the collector; queries details, proposes own terms. */
    DOMINANT,
    /** TR "çekingen": willing but short of cash (hard times). */
    STRUGGLING,
    /** TR "duygusal": avoids ownership, blames the supplier. */
    EMOTIONAL,
    /** TR "amatör": unaware of the debt, poor bookkeeping. */
    DISORGANISED,
    /** TR "geciken": habitually late, intent doubtful. */
    CHRONIC_LATE,
    /** Not enough evidence, or no type clearly ahead of the others. */
    UNKNOWN;

    /** True for the eight real types, false for {@link #UNKNOWN}. */
    public boolean isKnown() {
        return this != UNKNOWN;
    }
}
