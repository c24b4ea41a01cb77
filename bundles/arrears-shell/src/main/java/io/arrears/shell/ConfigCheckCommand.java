package io.arrears.shell;

import io.arrears.api.config.ConfigurationCheck;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "arrears", name = "config-check", description = "Checks every Arrears configuration (etc/io.arrears.*.cfg, "
        + "etc/arrears.*.cfg) against the settings the bundles declare (metatype): unknown keys, which have no effect, and "
        + "configuration files no bundle reads.")
@Service
public class ConfigCheckCommand implements Action {

    @Reference
    ConfigurationCheck check;

    @Override
    public Object execute() {
        System.out.print(ShellText.configurationCheck(check.checkedPids(), check.check()));
        return null;
    }
}
