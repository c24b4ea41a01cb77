/**
 * The retry-then-log error policy shared by the scheduled and polling routes. Not exported: each route bundle copies
 * this package into itself (bnd {@code -conditionalpackage}).
 */
package io.arrears.routes.support.errors;
