package io.arrears.metrics;

import io.arrears.api.metrics.Meter;
import io.arrears.api.metrics.MeterSnapshot;
import io.arrears.api.metrics.Metrics;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Metrics} service of Arrears. Every labelled value is also a standard MBean in the platform
 * MBean server (the one Karaf's JMX connector serves), registered on first use.
 */
@Component(service = Metrics.class)
public class MetricsComponent implements Metrics {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsComponent.class);

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final Set<ObjectName> registered = ConcurrentHashMap.newKeySet();
    private final MetricsRegistry registry = new MetricsRegistry(this::publish);

    private void publish(Meter meter, List<String> labels) {
        try {
            ObjectName name = MeterObjectNames.of(meter, labels);
            if (!server.isRegistered(name)) {
                server.registerMBean(new StandardMBean(new MeterValueBean(registry, meter, labels), MeterValueMBean.class), name);
                registered.add(name);
            }
        } catch (JMException | RuntimeException e) {
            // counting must go on without JMX
            LOG.warn("Could not publish {}{} in JMX", meter.name(), labels, e);
        }
    }

    @Deactivate
    void deactivate() {
        for (ObjectName name : registered) {
            try {
                server.unregisterMBean(name);
            } catch (JMException e) {
                LOG.debug("MBean {} already gone", name, e);
            }
        }
        registered.clear();
    }

    @Override
    public void add(Meter counter, long amount, String... labelValues) {
        registry.add(counter, amount, labelValues);
    }

    @Override
    public void adjust(Meter gauge, double delta, String... labelValues) {
        registry.adjust(gauge, delta, labelValues);
    }

    @Override
    public void observe(Meter summary, Duration duration, String... labelValues) {
        registry.observe(summary, duration, labelValues);
    }

    @Override
    public List<MeterSnapshot> snapshot() {
        return registry.snapshot();
    }
}
