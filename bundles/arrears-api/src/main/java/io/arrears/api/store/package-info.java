/**
 * Persistence contracts: repository interfaces implemented by the store bundle, and the exceptions
 * they throw instead of {@code SQLException} so callers can tell "not found" from "database down".
 */
@Export
@Version("1.0.0")
package io.arrears.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
