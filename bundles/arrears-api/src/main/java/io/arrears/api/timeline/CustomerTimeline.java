package io.arrears.api.timeline;

import java.util.List;

/** A customer's history merged from every source, newest first. */
public interface CustomerTimeline {

    int MAX_LIMIT = 500;

    /** @param limit 1 to {@value #MAX_LIMIT} */
    List<TimelineEntry> timeline(String erpCustomerId, int limit);
}
