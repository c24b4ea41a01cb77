package io.arrears.core.osgi;

import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.intake.ImportResult;
import io.arrears.api.intake.IntakeDocumentRepository;
import io.arrears.api.intake.IntakeService;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.ReceivedPaymentRepository;
import io.arrears.api.intake.UnmatchedPayment;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.core.intake.IntakeServiceImpl;
import io.arrears.core.intake.InvoiceNumberExtractor;
import io.arrears.core.intake.PaymentMatcher;
import java.time.Clock;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Offers {@link IntakeServiceImpl} as the {@link IntakeService} once the store's repositories are there. */
@Component(service = IntakeService.class, configurationPid = IntakeConfig.PID)
@Designate(ocd = IntakeConfig.class)
public class IntakeServiceComponent implements IntakeService {

    private final IntakeService delegate;

    @Activate
    public IntakeServiceComponent(IntakeConfig config, @Reference LedgerEventRepository journal,
            @Reference IntakeDocumentRepository documents, @Reference ReceivedPaymentRepository payments,
            @Reference CustomerRepository customers) {
        this.delegate = new IntakeServiceImpl(journal, documents, payments, customers,
                new PaymentMatcher(InvoiceNumberExtractor.of(config.invoice_number_pattern())), Clock.systemUTC());
    }

    @Override
    public ImportResult importInvoices(String source, List<InvoiceRecord> records) {
        return delegate.importInvoices(source, records);
    }

    @Override
    public ImportResult importPayments(String source, List<BankTransaction> transactions) {
        return delegate.importPayments(source, transactions);
    }

    @Override
    public List<UnmatchedPayment> unmatchedPayments(int limit) {
        return delegate.unmatchedPayments(limit);
    }

    @Override
    public void resolveUnmatched(long id, String customerId, List<String> itemIds, String resolvedBy) {
        delegate.resolveUnmatched(id, customerId, itemIds, resolvedBy);
    }
}
