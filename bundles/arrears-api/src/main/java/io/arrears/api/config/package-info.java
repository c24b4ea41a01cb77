/** Checks of the Arrears configuration (etc/*.cfg) against the metatype the bundles declare. */
@Export
@Version("1.0.0")
package io.arrears.api.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
