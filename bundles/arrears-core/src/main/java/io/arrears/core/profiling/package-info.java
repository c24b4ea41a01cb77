/**
 * Profiling end to end: reads the ledger, the contact log and the promises, classifies, scores risk, detects
 * drift, resolves overrides and keeps snapshots, configuration versions and lessons learned in the profile store.
 * Plain Java with an injected Clock; wired as a service in {@code io.arrears.core.osgi}.
 */
package io.arrears.core.profiling;
