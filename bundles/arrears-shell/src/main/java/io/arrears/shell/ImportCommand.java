package io.arrears.shell;

import io.arrears.api.intake.FileImporter;
import io.arrears.api.intake.ImportResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

@Command(scope = "arrears", name = "import", description = "Imports one invoice or bank statement file now, with the parser and "
        + "settings of its intake route (CSV, UBL, KSeF, camt.053/054, MT940). Exactly once like the folders: importing the "
        + "same records again changes nothing. The file is not moved.")
@Service
public class ImportCommand implements Action {

    @Argument(index = 0, name = "file", required = true, description = "Path of the file on this server")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--format", description = "csv, ubl, ksef, camt or mt940 (default: recognised from the content)")
    @Completion(FormatCompleter.class)
    String format;

    @Reference
    BundleContext bundleContext;

    @Override
    public Object execute() throws Exception {
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException("no readable file " + path);
        }
        String chosen = ImportFormats.choose(format, path);
        Collection<ServiceReference<FileImporter>> importers = bundleContext.getServiceReferences(FileImporter.class,
                "(" + FileImporter.FORMAT + "=" + chosen + ")");
        if (importers.isEmpty()) {
            throw new IllegalStateException("format " + chosen + " has no active intake route: configure etc/"
                    + ShellText.intakePid(chosen) + ".cfg");
        }
        ServiceReference<FileImporter> reference = importers.iterator().next();
        FileImporter importer = bundleContext.getService(reference);
        try {
            ImportResult result = importer.importFile(path);
            System.out.print(ShellText.imported(path, chosen, result));
        } finally {
            bundleContext.ungetService(reference);
        }
        return null;
    }
}
