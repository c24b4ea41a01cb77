package io.arrears.routes.support.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.support.cluster.AbstractCamelClusterView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One namespace's lease as a Camel cluster view. {@link #renew} is called periodically by the service. This node
 * counts itself leader only until its lease could have expired as seen from here (measured from before the
 * last successful renewal, minus a safety margin), so it steps down before another node may take over even
 * when the database is unreachable.
 */
final class LeaseClusterView extends AbstractCamelClusterView {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseClusterView.class);

    private final LeaseTable table;
    private final String node;
    private final Duration ttl;
    private final Duration safety;
    private final LongSupplier nanoTime;
    private final Member local = new Member(true);

    private volatile long token;          // 0: not leader
    private volatile long leaderUntilNanos;
    private volatile Optional<String> leaderId = Optional.empty();

    LeaseClusterView(LeaseClusterService service, String namespace, LeaseTable table, String node, Duration ttl,
            Duration safety, LongSupplier nanoTime) {
        super(service, namespace);
        this.table = table;
        this.node = node;
        this.ttl = ttl;
        this.safety = safety;
        this.nanoTime = nanoTime;
    }

    /** Renews or acquires the lease, then tells the listeners when leadership changed. */
    synchronized void renew() {
        boolean wasLeader = isLeader();
        long started = nanoTime.getAsLong();
        try {
            OptionalLong acquired = table.acquireOrRenew(getNamespace(), node, ttl);
            if (acquired.isPresent()) {
                token = acquired.getAsLong();
                leaderUntilNanos = started + ttl.minus(safety).toNanos();
                leaderId = Optional.of(node);
            } else {
                token = 0;
                leaderId = table.holder(getNamespace());
            }
        } catch (Exception e) {
            // keep leading until the local deadline: the lease is still ours in the database until it expires
            LOG.warn("Lease '{}' of node {} could not be renewed: {}", getNamespace(), node, e.getMessage());
        }
        boolean leader = isLeader();
        if (leader != wasLeader) {
            LOG.info("Node {} {} leadership of '{}' (fencing token {})", node, leader ? "took" : "lost", getNamespace(), token);
            fireLeadershipChangedEvent(leader ? Optional.of(local) : Optional.<CamelClusterMember>empty());
        }
    }

    boolean isLeader() {
        return token != 0 && nanoTime.getAsLong() - leaderUntilNanos < 0;
    }

    OptionalLong fencingToken() {
        long current = token;
        return current != 0 && isLeader() ? OptionalLong.of(current) : OptionalLong.empty();
    }

    @Override
    protected synchronized void doStop() {
        long held = token;
        if (held != 0) {
            token = 0;
            try {
                table.release(getNamespace(), node, held);
                LOG.info("Node {} released the lease '{}' (fencing token {})", node, getNamespace(), held);
            } catch (Exception e) {
                LOG.warn("Lease '{}' not released; it expires on its own: {}", getNamespace(), e.getMessage());
            }
            fireLeadershipChangedEvent(Optional.<CamelClusterMember>empty());
        }
    }

    @Override
    public Optional<CamelClusterMember> getLeader() {
        if (isLeader()) {
            return Optional.of(local);
        }
        return leaderId.filter(id -> !id.equals(node)).map(id -> new Remote(id));
    }

    @Override
    public CamelClusterMember getLocalMember() {
        return local;
    }

    @Override
    public List<CamelClusterMember> getMembers() {
        List<CamelClusterMember> members = new ArrayList<>();
        members.add(local);
        getLeader().filter(m -> !m.isLocal()).ifPresent(members::add);
        return members;
    }

    private final class Member implements CamelClusterMember {
        private final boolean isLocal;

        Member(boolean isLocal) {
            this.isLocal = isLocal;
        }

        @Override
        public boolean isLeader() {
            return LeaseClusterView.this.isLeader();
        }

        @Override
        public boolean isLocal() {
            return isLocal;
        }

        @Override
        public String getId() {
            return node;
        }
    }

    private record Remote(String id) implements CamelClusterMember {
        @Override
        public boolean isLeader() {
            return true;
        }

        @Override
        public boolean isLocal() {
            return false;
        }

        @Override
        public String getId() {
            return id;
        }
    }
}
