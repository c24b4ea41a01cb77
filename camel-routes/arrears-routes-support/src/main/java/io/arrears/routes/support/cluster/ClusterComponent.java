package io.arrears.routes.support.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import io.arrears.api.cluster.Leadership;
import java.time.Duration;
import java.util.HexFormat;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link LeaseClusterService} of this node, added to the Arrears CamelContext and offered as the
 * {@link Leadership} service to the route bundles. Configured by {@code etc/io.arrears.cluster.cfg}.
 */
@Component(service = Leadership.class, configurationPid = ClusterConfig.PID)
@Designate(ocd = ClusterConfig.class)
public class ClusterComponent implements Leadership {

    private final CamelContext camel;
    private final LeaseClusterService service;

    @Activate
    public ClusterComponent(BundleContext bundle, ClusterConfig config, @Reference CamelContext camel,
            @Reference(target = "(dataSourceName=arrears)") DataSource dataSource) throws Exception {
        this.camel = camel;
        String node = config.node_id().isBlank() ? defaultNodeId(bundle.getProperty("karaf.home")) : config.node_id().trim();
        this.service = new LeaseClusterService(dataSource, node, Duration.ofSeconds(config.lease_seconds()),
                Duration.ofSeconds(config.renew_seconds()));
        camel.addService(service, true, true);
        // the views exist from the start: a singleton route asks for its token as soon as it runs
        service.getView(Leadership.DUNNING);
        service.getView(Leadership.INTAKE);
    }

    @Deactivate
    void deactivate() throws Exception {
        camel.removeService(service);
        service.stop();
    }

    @Override
    public boolean isLeader(String namespace) {
        return service.isLeader(namespace);
    }

    @Override
    public OptionalLong fencingToken(String namespace) {
        return service.fencingToken(namespace);
    }

    static String defaultNodeId(String karafHome) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(karafHome).getBytes(StandardCharsets.UTF_8));
            return host + "-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
