package io.arrears.route.erpintake;

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

/** Route {@value #ROUTE_ID}: Ubl invoice files from the folder configured in PID {@value #ROUTE_ID}. */
@Component(service = {RoutesBuilder.class, FileImporter.class}, configurationPid = UblInvoiceRoute.ROUTE_ID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = FileImporter.FORMAT + "=ubl")
@Designate(ocd = InvoiceFolderConfig.class)
public class UblInvoiceRoute extends InvoiceFolderRoute {

    public static final String ROUTE_ID = "arrears.erpintake.ubl";

    @Activate
    public UblInvoiceRoute(InvoiceFolderConfig config, @Reference IntakeService intake,
            @Reference(target = "(arrears.repository=files)") IdempotentRepository processedFiles, @Reference Metrics metrics) {
        super(settings(ROUTE_ID, config), InvoiceDocumentParser.ubl(), intake, processedFiles, metrics, Clock.systemUTC());
    }
}
