package io.arrears.api.dunning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What earlier executed notices say about one customer, and the broken commitments that let it move on early.
 *
 * @param lastNoticeByItem item id → the item's highest-level executed notice
 * @param lastContact      when the customer's last notice was executed (frequency cap)
 * @param advances         pending NEXT_LEVEL consequences (not yet consumed by another run), oldest first
 */
public record NoticeHistory(Map<String, NoticeMark> lastNoticeByItem, Optional<Instant> lastContact, List<LevelAdvance> advances) {

    public NoticeHistory {
        lastNoticeByItem = Map.copyOf(lastNoticeByItem);
        Objects.requireNonNull(lastContact, "NoticeHistory.lastContact");
        advances = List.copyOf(advances);
    }

    /** A history without pending advances. */
    public NoticeHistory(Map<String, NoticeMark> lastNoticeByItem, Optional<Instant> lastContact) {
        this(lastNoticeByItem, lastContact, List.of());
    }

    public static NoticeHistory none() {
        return new NoticeHistory(Map.of(), Optional.empty());
    }
}
