/**
 * Several Arrears nodes on one database: which node leads a namespace of singleton work, and the fencing
 * token that its writes carry so that the database can refuse a stale leader.
 */
@Export
@Version("1.0.0")
package io.arrears.api.cluster;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
