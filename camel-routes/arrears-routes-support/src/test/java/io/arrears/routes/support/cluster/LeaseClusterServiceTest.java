package io.arrears.routes.support.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.arrears.api.cluster.Leadership;
import io.arrears.store.jdbc.MigrationRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Leases on the real schema (H2): one leader per namespace, take-over with a higher fencing token, failover of routes. */
class LeaseClusterServiceTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void database() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:lease-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        MigrationRunner.forDataSource(dataSource, Clock.systemUTC()).migrate(dataSource);
    }

    @Test
    void oneNodeHoldsTheLeaseUntilItExpiresThenAnotherTakesOverWithAHigherToken() throws Exception {
        LeaseTable table = new LeaseTable(dataSource);
        Duration ttl = Duration.ofMillis(400);

        assertThat(table.acquireOrRenew("ns", "node-a", ttl)).hasValue(1);
        assertThat(table.acquireOrRenew("ns", "node-b", ttl)).isEmpty();
        assertThat(table.acquireOrRenew("ns", "node-a", ttl)).as("renewal keeps the token").hasValue(1);
        assertThat(table.acquireOrRenew("other", "node-b", ttl)).as("namespaces are independent").hasValue(1);

        // node-a stops renewing (it died or hangs): once the lease expired in database time, node-b takes over
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> table.acquireOrRenew("ns", "node-b", ttl).equals(OptionalLong.of(2)));
        assertThat(table.acquireOrRenew("ns", "node-a", ttl)).isEmpty();
        assertThat(table.holder("ns")).hasValue("node-b");
    }

    @Test
    void aReleasedLeaseIsTakenOverAtOnce() throws Exception {
        LeaseTable table = new LeaseTable(dataSource);
        Duration ttl = Duration.ofMinutes(1);
        table.acquireOrRenew("ns", "node-a", ttl);

        table.release("ns", "node-a", 1);

        assertThat(table.acquireOrRenew("ns", "node-b", ttl)).hasValue(2);
    }

    @Test
    void aNodeThatCannotRenewStepsDownBeforeItsLeaseCanExpire() throws Exception {
        AtomicLong nanos = new AtomicLong();
        LeaseClusterService service = new LeaseClusterService(dataSource, "node-a", Duration.ofSeconds(10), Duration.ofSeconds(2),
                nanos::get);
        service.setCamelContext(new DefaultCamelContext());
        LeaseClusterView view = (LeaseClusterView) service.getView(Leadership.DUNNING);
        service.start();
        view.renew();
        assertThat(service.fencingToken(Leadership.DUNNING)).hasValue(1);

        nanos.addAndGet(Duration.ofSeconds(7).toNanos());
        assertThat(service.isLeader(Leadership.DUNNING)).isTrue();
        // no renewal for longer than the lease minus the safety margin (one renew interval): not leader any more
        nanos.addAndGet(Duration.ofSeconds(1).plusMillis(1).toNanos());
        assertThat(service.isLeader(Leadership.DUNNING)).isFalse();
        assertThat(service.fencingToken(Leadership.DUNNING)).isEmpty();
        service.stop();
    }

    @Test
    void aSingletonRouteRunsOnTheLeaderOnlyAndMovesWhenTheLeaderStops() throws Exception {
        try (DefaultCamelContext nodeA = node("node-a"); DefaultCamelContext nodeB = node("node-b")) {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> status(nodeA) == ServiceStatus.Started ^ status(nodeB) == ServiceStatus.Started);
            DefaultCamelContext leader = status(nodeA) == ServiceStatus.Started ? nodeA : nodeB;
            DefaultCamelContext follower = leader == nodeA ? nodeB : nodeA;
            long leaderToken = leader.hasService(LeaseClusterService.class).fencingToken(Leadership.DUNNING).orElseThrow();
            assertThat(follower.hasService(LeaseClusterService.class).fencingToken(Leadership.DUNNING)).isEmpty();

            leader.stop(); // a clean stop releases the lease

            await().atMost(Duration.ofSeconds(10)).until(() -> status(follower) == ServiceStatus.Started);
            assertThat(follower.hasService(LeaseClusterService.class).fencingToken(Leadership.DUNNING))
                    .hasValue(leaderToken + 1);
        }
    }

    private DefaultCamelContext node(String id) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        LeaseClusterService service = new LeaseClusterService(dataSource, id, Duration.ofSeconds(3), Duration.ofMillis(500));
        context.addService(service, true, true);
        context.start();
        service.getView(Leadership.DUNNING);
        // added after the start, like the route bundles' builders in Karaf
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                from("timer:singleton?period=100").routeId("singleton")
                        .routePolicy(ClusteredRoutePolicy.forNamespace(getContext(), Leadership.DUNNING))
                        .log("tick");
            }
        });
        return context;
    }

    private static ServiceStatus status(DefaultCamelContext context) {
        return context.getRouteController().getRouteStatus("singleton");
    }
}
