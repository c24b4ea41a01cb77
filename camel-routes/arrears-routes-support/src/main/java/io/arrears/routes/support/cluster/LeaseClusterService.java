package io.arrears.routes.support.cluster;

import io.arrears.api.cluster.Leadership;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.apache.camel.support.cluster.AbstractCamelClusterService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Camel cluster service whose leader election is a lease row per namespace in the shared database
 * ({@code cluster_leases}). Every node renews its leases every {@code renewInterval}; a lease not renewed for
 * {@code ttl} (the node died, hangs or lost the database) is taken over by another node under a higher
 * fencing token. Singleton routes use Camel's
 * {@code ClusteredRoutePolicy.forNamespace(context, namespace)}, which finds this service in the CamelContext.
 */
public final class LeaseClusterService extends AbstractCamelClusterService<LeaseClusterView> implements Leadership {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseClusterService.class);

    private final LeaseTable table;
    private final String node;
    private final Duration ttl;
    private final Duration renewInterval;
    private final LongSupplier nanoTime;
    private final Map<String, LeaseClusterView> views = new ConcurrentHashMap<>();
    private ScheduledExecutorService renewer;

    public LeaseClusterService(DataSource dataSource, String node, Duration ttl, Duration renewInterval) {
        this(dataSource, node, ttl, renewInterval, System::nanoTime);
    }

    LeaseClusterService(DataSource dataSource, String node, Duration ttl, Duration renewInterval, LongSupplier nanoTime) {
        super("arrears-lease");
        if (renewInterval.multipliedBy(2).compareTo(ttl) > 0) {
            throw new IllegalArgumentException("lease renewal every " + renewInterval + " is too rare for a lease of " + ttl
                    + ": renew at least twice per lease");
        }
        this.table = new LeaseTable(dataSource);
        this.node = node;
        this.ttl = ttl;
        this.renewInterval = renewInterval;
        this.nanoTime = nanoTime;
    }

    public String node() {
        return node;
    }

    @Override
    protected LeaseClusterView createView(String namespace) {
        // the safety margin covers a renewal round trip: stepping down a little early is harmless
        LeaseClusterView view = new LeaseClusterView(this, namespace, table, node, ttl, renewInterval, nanoTime);
        views.put(namespace, view);
        return view;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "arrears-lease-" + node);
            t.setDaemon(true);
            return t;
        });
        renewer.scheduleWithFixedDelay(this::renewAll, 0, renewInterval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Node {}: leases of {} renewed every {}", node, ttl, renewInterval);
    }

    @Override
    protected void doStop() throws Exception {
        if (renewer != null) {
            renewer.shutdownNow();
            renewer.awaitTermination(10, TimeUnit.SECONDS);
        }
        super.doStop();
    }

    void renewAll() {
        for (LeaseClusterView view : views.values()) {
            if (view.isRunAllowed()) {
                view.renew();
            }
        }
    }

    @Override
    public boolean isLeader(String namespace) {
        LeaseClusterView view = views.get(namespace);
        return view != null && view.isLeader();
    }

    @Override
    public OptionalLong fencingToken(String namespace) {
        LeaseClusterView view = views.get(namespace);
        return view == null ? OptionalLong.empty() : view.fencingToken();
    }
}
