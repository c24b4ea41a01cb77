/** Documents Arrears produces for third parties from its own data, e.g. invoice copies for a collection agency. */
@Export
@Version("1.0.0")
package io.arrears.api.document;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
