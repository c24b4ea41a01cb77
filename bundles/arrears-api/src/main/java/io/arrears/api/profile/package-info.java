/** Debtor behaviour profiling: the behaviour types shared by core, REST and letters. */
@Export
@Version("1.0.0")
package io.arrears.api.profile;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
