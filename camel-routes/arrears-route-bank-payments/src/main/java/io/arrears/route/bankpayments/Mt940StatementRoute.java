package io.arrears.route.bankpayments;

import io.arrears.api.intake.FileImporter;
import io.arrears.api.intake.IntakeService;
import io.arrears.api.metrics.Metrics;
import java.time.Clock;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Route {@value #ROUTE_ID}: Mt940 statements from the folder configured in PID {@value #ROUTE_ID}. */
@Component(service = {RoutesBuilder.class, FileImporter.class}, configurationPid = Mt940StatementRoute.ROUTE_ID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = FileImporter.FORMAT + "=mt940")
@Designate(ocd = StatementFolderConfig.class)
public class Mt940StatementRoute extends StatementFolderRoute {

    public static final String ROUTE_ID = "arrears.bank.mt940";

    @Activate
    public Mt940StatementRoute(StatementFolderConfig config, @Reference IntakeService intake,
            @Reference(target = "(arrears.repository=files)") IdempotentRepository processedFiles, @Reference Metrics metrics) {
        super(settings(ROUTE_ID, config), StatementParser.mt940(java.nio.charset.Charset.forName(config.charset().strip())), intake, processedFiles, metrics, Clock.systemUTC());
    }
}
