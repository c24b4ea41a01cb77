/** The collection call: preparation sheet, outcome and written confirmation (domain.md 4, seed 004). */
@Export
@Version("1.3.0")
package io.arrears.api.call;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
