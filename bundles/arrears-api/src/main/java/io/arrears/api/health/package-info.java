/** Health: each part of Arrears reports its own state; the REST API aggregates them. */
@Export
@Version("1.1.0")
package io.arrears.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
