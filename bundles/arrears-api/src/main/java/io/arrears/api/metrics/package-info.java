/**
 * Product and integration metrics: one {@link io.arrears.api.metrics.Metrics} service counts, the
 * meters are named here ({@link io.arrears.api.metrics.ArrearsMeters}), and JMX and the Prometheus
 * endpoint read the same numbers.
 */
@Export
@Version("1.1.0")
package io.arrears.api.metrics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
