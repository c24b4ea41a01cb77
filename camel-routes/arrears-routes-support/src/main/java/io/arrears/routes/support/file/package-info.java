/**
 * The file-intake building blocks every file route uses: settings, the read-safety filter, the
 * idempotency key, the error report and the route skeleton with its error policy. Not exported: each
 * route bundle copies this package into itself (bnd {@code -conditionalpackage}), so only
 * {@code arrears-api} exports packages.
 */
package io.arrears.routes.support.file;
