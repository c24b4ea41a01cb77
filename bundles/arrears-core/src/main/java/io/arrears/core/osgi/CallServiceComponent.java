package io.arrears.core.osgi;

import io.arrears.api.call.CallJournal;
import io.arrears.api.call.CallReport;
import io.arrears.api.call.CallService;
import io.arrears.api.call.LoggedCall;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.profile.ProfileService;
import io.arrears.core.call.CallRecording;
import io.arrears.core.call.ConfirmationTextFiles;
import io.arrears.core.call.ConfirmationTexts;
import io.arrears.core.call.ConfirmationWriter;
import io.arrears.core.promise.ConsequencePolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Offers {@link CallRecording} as the {@link CallService}. It reads the dunning run's configuration
 * ({@code io.arrears.dunning.run}) for the creditor's account printed in confirmations and the country fallbacks, and the
 * letters' template folder ({@code io.arrears.letters}) for the administrator's confirmation texts.
 */
@Component(service = CallService.class, configurationPid = {DunningRunConfig.PID, LetterTemplatesConfig.PID})
public class CallServiceComponent implements CallService {

    private final CallService delegate;

    @Activate
    public CallServiceComponent(DunningRunConfig config, LetterTemplatesConfig templates, @Reference CustomerRepository customers,
            @Reference LedgerEventRepository journal, @Reference CallJournal calls,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ProfileService profiles) {
        Optional<CallRecording.PaymentAccount> account = config.creditor_name().isBlank() || config.creditor_iban().isBlank()
                ? Optional.empty()
                : Optional.of(new CallRecording.PaymentAccount(config.creditor_name(), config.creditor_iban(),
                        Optional.of(config.creditor_bic()).filter(b -> !b.isBlank())));
        this.delegate = new CallRecording(CollectionParts.debtors(config, customers, journal), calls, ConsequencePolicy.bundledDefault(),
                ProfileLookups.types(profiles), new ConfirmationWriter(confirmationTexts(templates)), account, Clock.systemUTC());
    }

    private static ConfirmationTextFiles confirmationTexts(LetterTemplatesConfig templates) {
        String dir = templates.templateDirectory().strip();
        return new ConfirmationTextFiles(ConfirmationTexts.bundledDefault(), dir.isEmpty() ? Optional.empty() : Optional.of(Path.of(dir)));
    }

    @Override
    public LoggedCall record(CallReport report) {
        return delegate.record(report);
    }
}
