package io.arrears.routes.support.file;

import io.arrears.api.cluster.Leadership;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;

/**
 * Folder polling is singleton work: with a cluster service in the CamelContext (several nodes on one database)
 * a folder is polled only by the node that leads {@link Leadership#INTAKE}; without one, always. Decided at every
 * poll, so leadership moving to another node moves the polling with it. (Each file is processed once
 * cluster-wide anyway: its content key is stored in the database.)
 */
public final class LeaderOnlyPollStrategy extends DefaultPollingConsumerPollStrategy {

    private final CamelContext context;

    public LeaderOnlyPollStrategy(CamelContext context) {
        this.context = context;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        CamelClusterService cluster = context.hasService(CamelClusterService.class);
        return cluster == null || cluster.isLeader(Leadership.INTAKE);
    }
}
