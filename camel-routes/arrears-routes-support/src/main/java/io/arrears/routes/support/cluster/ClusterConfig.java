package io.arrears.routes.support.cluster;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Arrears cluster",
        description = "Leases in the shared database that let one node at a time run the singleton work (scheduled dunning "
                + "run, resuming interrupted runs, folder polling) when several Karaf nodes share one PostgreSQL.")
public @interface ClusterConfig {

    String PID = "io.arrears.cluster";

    @AttributeDefinition(name = "Node id",
            description = "This node's name in the lease table. Empty: the host name and a hash of the Karaf home folder.")
    String node_id() default "";

    @AttributeDefinition(name = "Lease seconds",
            description = "How long a lease lasts without renewal: after a node dies, another takes over its singleton work "
                    + "within this time.", min = "2")
    int lease_seconds() default 15;

    @AttributeDefinition(name = "Renew seconds",
            description = "How often a node renews its leases; at most half the lease time.", min = "1")
    int renew_seconds() default 5;
}
