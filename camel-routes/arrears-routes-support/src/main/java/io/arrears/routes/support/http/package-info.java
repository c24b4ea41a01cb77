/**
 * Outbound HTTP rules shared by the routes that call partners (SMS gateway, ERP JSON API). Not
 * exported: each route bundle copies this package into itself (bnd {@code -conditionalpackage}).
 */
package io.arrears.routes.support.http;
