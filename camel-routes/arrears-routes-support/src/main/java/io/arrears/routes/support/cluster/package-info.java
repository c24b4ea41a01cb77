/**
 * Leadership of singleton work (the scheduled dunning run, folder polling) among the Karaf nodes that share
 * one database: a Camel {@link org.apache.camel.cluster.CamelClusterService} backed by a lease row per
 * namespace, with a fencing token that grows with every change of leader.
 */
package io.arrears.routes.support.cluster;
