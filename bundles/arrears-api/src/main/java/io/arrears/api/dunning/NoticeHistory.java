package io.arrears.api.dunning;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What earlier executed notices say about one customer.
 *
 * @param lastNoticeByItem item id → the item's highest-level executed notice
 * @param lastContact      when the customer's last notice was executed (frequency cap)
 */
public record NoticeHistory(Map<String, NoticeMark> lastNoticeByItem, Optional<Instant> lastContact) {

    public NoticeHistory {
        lastNoticeByItem = Map.copyOf(lastNoticeByItem);
        Objects.requireNonNull(lastContact, "NoticeHistory.lastContact");
    }

    public static NoticeHistory none() {
        return new NoticeHistory(Map.of(), Optional.empty());
    }
}
