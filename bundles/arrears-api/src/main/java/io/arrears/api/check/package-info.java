/** Argument checks of the API's records: one message shape (record, field, value) for every package. */
@Export
@Version("1.0.0")
package io.arrears.api.check;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
