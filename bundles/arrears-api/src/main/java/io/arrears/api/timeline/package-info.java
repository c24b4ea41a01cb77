/** A customer's history in one list: contacts, notices, promises, plans, payments and blocks. */
@Export
@Version("1.0.0")
package io.arrears.api.timeline;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
