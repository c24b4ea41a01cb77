package io.arrears.route.erpintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.arrears.api.intake.DocumentKind;
import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.api.money.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvInvoiceParserTest {

    private static List<InvoiceRecord> parse(CsvFormat format, String resource) {
        return new CsvInvoiceParser(format).parse(TestResources.open("csv/" + resource), resource);
    }

    private static List<InvoiceRecord> parseText(CsvFormat format, String text) {
        return new CsvInvoiceParser(format).parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "inline.csv");
    }

    @Test
    void readsUtf8WithBomSemicolonsDecimalCommaAndQuotedFields() {
        List<InvoiceRecord> records = parse(CsvFormat.defaults(), "utf8-bom-semicolon.csv");

        assertThat(records).hasSize(3);
        InvoiceRecord first = records.get(0);
        assertThat(first.documentNumber()).isEqualTo("FV/2025/03/001");
        assertThat(first.sourceDocumentId()).isEqualTo("FV/2025/03/001");
        assertThat(first.customerName()).isEqualTo("Hurtownia \"Żuraw\" Sp. z o.o.; oddział Gdańsk");
        assertThat(first.country()).isEqualTo("PL");
        assertThat(first.amountPayable()).isEqualTo(Money.of("1234.56", "PLN"));
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(first.paymentReference()).isEqualTo("RF18539007547034");

        assertThat(records.get(1).kind()).isEqualTo(DocumentKind.INVOICE);
        assertThat(records.get(1).dueDate()).isNull();
        assertThat(records.get(1).amountPayable()).isEqualTo(Money.of("99.90", "EUR"));

        InvoiceRecord credit = records.get(2);
        assertThat(credit.kind()).isEqualTo(DocumentKind.CREDIT_NOTE);
        assertThat(credit.amountPayable()).isEqualTo(Money.of("200.00", "PLN"));
        assertThat(credit.referencedInvoiceNumber()).isEqualTo("FV/2025/03/001");
    }

    @Test
    void readsCommaSeparatedWithDecimalPointGroupingAndMultiLineField() {
        List<InvoiceRecord> records = parse(CsvFormat.defaults(), "utf8-comma.csv");

        assertThat(records).extracting(InvoiceRecord::sourceDocumentId).containsExactly("ERP-9001", "ERP-9002");
        assertThat(records.get(0).customerName()).isEqualTo("Acme Trading, Inc.");
        assertThat(records.get(0).amountPayable()).isEqualTo(Money.of("1428.00", "USD"));
        assertThat(records.get(1).customerName()).isEqualTo("Note with a\nline break Ltd");
        assertThat(records.get(1).amountPayable()).isEqualTo(Money.of("15000", "JPY"));
    }

    @Test
    void theOptionalSegmentColumnIsNormalisedAndOnlyFilesNamingOneHashIt() {
        String header = "document_number;customer_id;customer_name;issue_date;amount;currency";
        String without = header + "\nA-1;K-1;Kowalski;2025-01-01;5,00;PLN\n";
        String with = header + ";segment\nA-1;K-1;Kowalski;2025-01-01;5,00;PLN; Key-Account \n";
        String blank = header + ";segment\nA-1;K-1;Kowalski;2025-01-01;5,00;PLN;\n";

        assertThat(parseText(CsvFormat.defaults(), without).get(0).customerSegment()).isNull();
        assertThat(parseText(CsvFormat.defaults(), with).get(0).customerSegment()).isEqualTo("key-account");
        assertThat(parseText(CsvFormat.defaults(), blank).get(0).customerSegment()).isNull();
        assertThat(parseText(CsvFormat.defaults(), blank).get(0).contentHash())
                .as("a file without segments keeps its content hash")
                .isEqualTo(parseText(CsvFormat.defaults(), without).get(0).contentHash());
        assertThat(parseText(CsvFormat.defaults(), with).get(0).contentHash())
                .isNotEqualTo(parseText(CsvFormat.defaults(), without).get(0).contentHash());
        assertThatThrownBy(() -> parseText(CsvFormat.defaults(), header + ";segment\nA-1;K-1;K;2025-01-01;5,00;PLN;"
                + "x".repeat(61) + "\n")).hasMessageContaining("segment").hasMessageContaining("60");
    }

    @Test
    void readsWindows1250PolishWithDottedDates() {
        CsvFormat format = CsvFormat.defaults().withCharset(Charset.forName("windows-1250")).withDatePattern("dd.MM.yyyy");

        List<InvoiceRecord> records = parse(format, "pl-windows-1250.csv");

        assertThat(records).extracting(InvoiceRecord::customerName).containsExactly(
                "Zakład Usług Różnych „Łęcki” Spółka z o.o., Łódź", "Przedsiębiorstwo Ślusarskie Źdźbło");
        assertThat(records.get(0).issueDate()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(records.get(0).amountPayable()).isEqualTo(Money.of("2460.00", "PLN"));
    }

    @Test
    void readsWindows1254Turkish() {
        CsvFormat format = CsvFormat.defaults().withCharset(Charset.forName("windows-1254")).withSeparator(';')
                .withDecimalMark(DecimalMark.COMMA);

        List<InvoiceRecord> records = parse(format, "tr-windows-1254.csv");

        assertThat(records).extracting(InvoiceRecord::customerName)
                .containsExactly("Güneş İnşaat Ltd. Şti.", "Çağdaş Öğretim Ürünleri A.Ş.");
        assertThat(records.get(0).amountPayable()).isEqualTo(Money.of("12000.00", "TRY"));
        assertThat(records.get(1).taxId()).isEqualTo("1234567890");
    }

    @Test
    void windows1250BytesReadAsUtf8AreRefusedWithTheirLine() {
        IntakeParseException e = catchThrowableOfType(IntakeParseException.class,
                () -> parse(CsvFormat.defaults(), "pl-windows-1250.csv"));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).contains("not valid UTF-8 text");
    }

    @Test
    void collectsEveryRowErrorWithLineColumnAndReason() {
        IntakeParseException e = catchThrowableOfType(IntakeParseException.class,
                () -> parse(CsvFormat.defaults(), "errors.csv"));

        List<IntakeParseException> all = new java.util.ArrayList<>();
        all.add(e);
        Arrays.stream(e.getSuppressed()).map(IntakeParseException.class::cast).forEach(all::add);
        assertThat(all).extracting(IntakeParseException::line).containsExactly(3, 4, 5, 6, 7);
        assertThat(all).extracting(IntakeParseException::location).containsExactly(
                "column issue_date", "column amount", "column customer_id", "column currency", "row");
        assertThat(e.getMessage()).isEqualTo(
                "errors.csv, line 3, column issue_date: '2025-02-30' is not a valid date in pattern uuuu-MM-dd");
        assertThat(all.get(1).reason()).isEqualTo("'12.50' is not an amount with decimal mark ','");
        assertThat(all.get(4).reason()).contains("has 6 fields, the header has 7");
    }

    @Test
    void refusesUnknownAndMissingColumns() {
        assertThatThrownBy(() -> parseText(CsvFormat.defaults(), "document_number;customer;amount\n"))
                .hasMessageContaining("line 1, column 2: unknown column 'customer'");
        assertThatThrownBy(() -> parseText(CsvFormat.defaults(), "document_number;customer_id;amount\n"))
                .hasMessageContaining("customer_name: required column is missing");
    }

    @Test
    void refusesNegativeInvoiceAndUnclosedQuote() {
        String header = "document_number;customer_id;customer_name;issue_date;amount;currency\n";

        assertThatThrownBy(() -> parseText(CsvFormat.defaults(), header + "A;K;N;2025-01-01;-5,00;EUR\n"))
                .hasMessageContaining("negative amount -5,00 on an INVOICE");
        assertThatThrownBy(() -> parseText(CsvFormat.defaults(), header + "A;K;\"N;2025-01-01;5,00;EUR\n"))
                .isInstanceOfSatisfying(IntakeParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.reason()).isEqualTo("quoted field is never closed");
                });
    }

    @Test
    void ambiguousSeparatorMustBeConfigured() {
        assertThatThrownBy(() -> parseText(CsvFormat.defaults(), "a;b,c\n"))
                .hasMessageContaining("field separator is ambiguous");
    }

    @Test
    void contentHashIsStableAcrossFormatsAndChangesWithContent() {
        String semicolon = "document_number;customer_id;customer_name;issue_date;amount;currency\nA-1;K;Name;2025-01-01;10,00;EUR\n";
        String comma = "document_number,customer_id,customer_name,issue_date,amount,currency\nA-1,K,Name,2025-01-01,10.00,EUR\n";
        String changed = "document_number,customer_id,customer_name,issue_date,amount,currency\nA-1,K,Name,2025-01-01,10.01,EUR\n";

        String hash = parseText(CsvFormat.defaults(), semicolon).get(0).contentHash();

        assertThat(parseText(CsvFormat.defaults(), comma).get(0).contentHash()).isEqualTo(hash);
        assertThat(parseText(CsvFormat.defaults(), changed).get(0).contentHash()).isNotEqualTo(hash).hasSize(64);
    }

    @Test
    void badDatePatternFailsAtConfiguration() {
        assertThatThrownBy(() -> CsvFormat.defaults().withDatePattern("dd.MM.yyyy{"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
