package io.arrears.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFormatsTest {

    @TempDir
    Path folder;

    @Test
    void formatsAreRecognisedFromTheirContent() {
        assertThat(ImportFormats.guess("s.xml", "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">"))
                .isEqualTo("camt");
        assertThat(ImportFormats.guess("i.xml", "<?xml version=\"1.0\"?><Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">"))
                .isEqualTo("ubl");
        assertThat(ImportFormats.guess("f.xml", "<?xml version=\"1.0\"?>\n<!-- c -->\n<Faktura xmlns=\"http://crd.gov.pl/wzor/2025/06/25/13775/\">"))
                .isEqualTo("ksef");
        assertThat(ImportFormats.guess("x.sta", "{1:F01COBADEFFXXXX0000000000}{4:\n:20:STARTUMS\n:25:37040044/0532013000\n:60F:C250304EUR10000,00"))
                .isEqualTo("mt940");
        assertThat(ImportFormats.guess("invoices.CSV", "document_number;customer_id\n")).isEqualTo("csv");
        assertThat(ImportFormats.guess("export.txt", "document_number;customer_id\n")).isEqualTo("csv");
    }

    @Test
    void anUnknownFormatIsAClearErrorNamingTheKnownOnes() throws Exception {
        assertThatThrownBy(() -> ImportFormats.guess("photo.jpg", "\u00ff\u00d8\u00ff\u00e0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot tell the format of photo.jpg").hasMessageContaining("--format csv|ubl|ksef|camt|mt940");
        assertThatThrownBy(() -> ImportFormats.guess("order.xml", "<?xml version=\"1.0\"?><Order/>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order.xml");

        Path file = Files.writeString(folder.resolve("a.csv"), "a;b\n");
        assertThatThrownBy(() -> ImportFormats.choose("pdf", file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown format 'pdf'").hasMessageContaining("csv, ubl, ksef, camt, mt940");
        assertThat(ImportFormats.choose(" MT940 ", file)).isEqualTo("mt940");
        assertThat(ImportFormats.choose(null, file)).isEqualTo("csv");
    }
}
