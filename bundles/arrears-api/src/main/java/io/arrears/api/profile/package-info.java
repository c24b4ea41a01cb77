/**
 * Debtor behaviour profiling: the behaviour types shared by core, REST and letters; the profile service
 * (suggested and effective type, risk score, drift, playbook, overrides, configuration, lessons learned)
 * and the store it keeps its state in.
 */
@Export
@Version("1.2.0")
package io.arrears.api.profile;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
