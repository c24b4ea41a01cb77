/**
 * Promises to pay (domain.md 4, seed 004): whether a promise was kept, partly kept or broken, judged
 * from the payments received, and the configured consequence of a broken one, returned as a value
 * for the caller to execute. Plain Java with an injected {@link java.time.Clock}.
 */
package io.arrears.core.promise;
