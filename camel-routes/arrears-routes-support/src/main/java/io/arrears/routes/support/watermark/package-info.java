/**
 * Persisted read positions of the incremental intakes (ERP database, ERP JSON API). Not exported:
 * each route bundle copies this package into itself (bnd {@code -conditionalpackage}).
 */
package io.arrears.routes.support.watermark;
