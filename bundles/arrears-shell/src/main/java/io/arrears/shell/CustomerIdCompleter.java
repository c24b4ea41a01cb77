package io.arrears.shell;

import io.arrears.api.ledger.CustomerAccount;
import io.arrears.api.ledger.LedgerQueries;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes ERP customer ids from what has been typed (ids or names containing it, at most 100). */
@Service
public class CustomerIdCompleter implements Completer {

    @Reference
    LedgerQueries ledger;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = ShellText.typedSoFar(commandLine.getCursorArgument(), commandLine.getArgumentPosition());
        StringsCompleter ids = new StringsCompleter();
        ledger.customers(typed, 0, 100, ledger.today()).items().stream().map(CustomerAccount::erpCustomerId)
                .forEach(ids.getStrings()::add);
        return ids.complete(session, commandLine, candidates);
    }
}
