/**
 * The persistent queue of messages to third parties (collection agencies, credit insurers): written in the same
 * transaction as the state change that causes them, delivered by the partner routes, each key exactly once.
 */
@Export
@Version("1.0.0")
package io.arrears.api.partner;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
