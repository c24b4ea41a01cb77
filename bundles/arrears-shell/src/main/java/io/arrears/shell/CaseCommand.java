package io.arrears.shell;

import io.arrears.api.dunning.DunningBlockRepository;
import io.arrears.api.dunning.DunningNoticeRepository;
import io.arrears.api.ledger.CustomerAccount;
import io.arrears.api.ledger.LedgerQueries;
import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "arrears", name = "case", description = "Shows one customer's position: balance, overdue and credit per "
        + "currency, every item with residual and days past due, the last notices and the active dunning blocks.")
@Service
public class CaseCommand implements Action {

    @Argument(index = 0, name = "customer", required = true, description = "ERP customer id")
    @Completion(CustomerIdCompleter.class)
    String customerId;

    @Option(name = "--as-of", description = "Date the position is computed at, yyyy-MM-dd (default: today)")
    String asOf;

    @Reference
    LedgerQueries ledger;

    @Reference
    DunningNoticeRepository notices;

    @Reference
    DunningBlockRepository blocks;

    @Override
    public Object execute() {
        LocalDate date = ShellText.date("--as-of", asOf, ledger.today());
        CustomerAccount account = ledger.customer(customerId, date)
                .orElseThrow(() -> new IllegalArgumentException("no customer " + customerId));
        System.out.print(ShellText.customerCase(account, ledger.items(customerId, date).orElseThrow(),
                notices.history(customerId), blocks.active(customerId)));
        return null;
    }
}
