package io.arrears.shell;

import io.arrears.api.contact.ContactLog;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "arrears", name = "verify-log", description = "Walks the whole contact log and prints whether it is "
        + "intact, or the first entry that is not as appended.")
@Service
public class VerifyLogCommand implements Action {

    @Reference
    ContactLog contactLog;

    @Override
    public Object execute() {
        System.out.print(ShellText.verification(contactLog.verify()));
        return null;
    }
}
