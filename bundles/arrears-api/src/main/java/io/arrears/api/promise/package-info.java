/** Promises to pay and what follows when one is broken (domain.md 4, "follow through"). */
@Export
@Version("1.3.0")
package io.arrears.api.promise;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
