package io.arrears.api.timeline;

import java.util.List;

/** Contributes entries to customer timelines (e.g. the store's notices and outbox messages). */
public interface TimelineSource {

    /** The customer's entries of this source, at most {@code limit}, newest first. */
    List<TimelineEntry> entries(String erpCustomerId, int limit);
}
