package io.arrears.core.osgi;

import io.arrears.api.config.ConfigurationCheck;
import io.arrears.api.config.ConfigurationFinding;
import io.arrears.core.config.ConfigurationKeys;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports Arrears configuration keys that no metatype attribute declares: as a WARN in the log when it
 * starts and whenever an Arrears configuration changes, and on demand ({@code arrears:config-check}).
 */
@Component(service = {ConfigurationCheck.class, ConfigurationListener.class}, immediate = true)
public class ConfigurationCheckComponent implements ConfigurationCheck, ConfigurationListener {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationCheckComponent.class);

    private final BundleContext context;
    private final ConfigurationAdmin configurationAdmin;
    private final MetaTypeService metaType;

    @Activate
    public ConfigurationCheckComponent(BundleContext context, @Reference ConfigurationAdmin configurationAdmin,
            @Reference MetaTypeService metaType) {
        this.context = context;
        this.configurationAdmin = configurationAdmin;
        this.metaType = metaType;
        check().forEach(ConfigurationCheckComponent::warn);
    }

    @Override
    public List<ConfigurationFinding> check() {
        return ConfigurationKeys.checkAll(configurations(), declaredAttributes());
    }

    @Override
    public List<String> checkedPids() {
        Set<String> pids = new TreeSet<>(configurations().keySet());
        pids.addAll(declaredAttributes().keySet());
        return List.copyOf(pids);
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String pid = event.getFactoryPid() != null ? event.getFactoryPid() : event.getPid();
        if (event.getType() != ConfigurationEvent.CM_UPDATED || !ConfigurationKeys.isArrearsPid(pid)) {
            return;
        }
        Set<String> keys = configurations().get(pid);
        if (keys != null) {
            ConfigurationKeys.check(pid, keys, declaredAttributes().get(pid)).forEach(ConfigurationCheckComponent::warn);
        }
    }

    private static void warn(ConfigurationFinding finding) {
        LOG.warn("Configuration {}: {}", finding.pid(), finding.detail());
    }

    /** Arrears configurations (factory configurations under their factory PID) → their keys. */
    private Map<String, Set<String>> configurations() {
        Configuration[] all;
        try {
            all = configurationAdmin.listConfigurations(null);
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("cannot list configurations: " + e.getMessage(), e);
        }
        Map<String, Set<String>> keys = new HashMap<>();
        for (Configuration configuration : all == null ? new Configuration[0] : all) {
            String pid = configuration.getFactoryPid() != null ? configuration.getFactoryPid() : configuration.getPid();
            if (ConfigurationKeys.isArrearsPid(pid) && configuration.getProperties() != null) {
                keys.computeIfAbsent(pid, p -> new HashSet<>()).addAll(Collections.list(configuration.getProperties().keys()));
            }
        }
        return keys;
    }

    /** PID → attribute ids, from the metatype of every installed bundle. */
    private Map<String, Set<String>> declaredAttributes() {
        Map<String, Set<String>> attributes = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation information = metaType.getMetaTypeInformation(bundle);
            if (information == null) {
                continue;
            }
            for (String[] pids : new String[][] {information.getPids(), information.getFactoryPids()}) {
                for (String pid : pids) {
                    if (!ConfigurationKeys.isArrearsPid(pid)) {
                        continue;
                    }
                    ObjectClassDefinition ocd = information.getObjectClassDefinition(pid, null);
                    AttributeDefinition[] definitions = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
                    Set<String> ids = attributes.computeIfAbsent(pid, p -> new HashSet<>());
                    for (AttributeDefinition definition : definitions == null ? new AttributeDefinition[0] : definitions) {
                        ids.add(definition.getID());
                    }
                }
            }
        }
        return attributes;
    }
}
