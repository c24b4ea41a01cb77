/**
 * Dunning runs: a run proposes notices from the ledger ({@link io.arrears.api.dunning.DunningRunService#propose}),
 * then executes them ({@link io.arrears.api.dunning.DunningRunService#execute}) exactly once each: per notice one
 * transaction re-checks eligibility, marks the notice applied and enqueues its outbox message (outbox key = notice key).
 * {@link io.arrears.api.dunning.DunningNoticeRepository} is the store's side of it.
 */
@Export
@Version("1.3.0")
package io.arrears.api.dunning;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
