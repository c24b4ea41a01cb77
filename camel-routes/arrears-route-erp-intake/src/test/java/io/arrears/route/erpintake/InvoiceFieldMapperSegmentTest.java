package io.arrears.route.erpintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.intake.InvoiceRecord;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The database and JSON API intakes carry the customer's segment like the CSV column. */
class InvoiceFieldMapperSegmentTest {

    private final InvoiceFieldMapper mapper = new InvoiceFieldMapper("dd.MM.yyyy");

    private static Map<InvoiceField, Object> row(Object segment) {
        Map<InvoiceField, Object> values = new EnumMap<>(InvoiceField.class);
        values.put(InvoiceField.DOCUMENT_NUMBER, "FV/1");
        values.put(InvoiceField.CUSTOMER_ID, "K1");
        values.put(InvoiceField.CUSTOMER_NAME, "Customer K1");
        values.put(InvoiceField.ISSUE_DATE, "2025-03-01");
        values.put(InvoiceField.AMOUNT, new BigDecimal("100.00"));
        values.put(InvoiceField.CURRENCY, "EUR");
        if (segment != null) {
            values.put(InvoiceField.SEGMENT, segment);
        }
        return values;
    }

    @Test
    void theSegmentIsNormalisedAndOnlyARowNamingOneHashesIt() {
        InvoiceRecord without = mapper.map(row(null), "ERP row 1");
        InvoiceRecord with = mapper.map(row(" SME "), "ERP row 1");

        assertThat(without.customerSegment()).isNull();
        assertThat(with.customerSegment()).isEqualTo("sme");
        assertThat(mapper.map(row(""), "ERP row 1").contentHash()).isEqualTo(without.contentHash());
        assertThat(with.contentHash()).isNotEqualTo(without.contentHash());
        assertThatThrownBy(() -> mapper.map(row("s".repeat(61)), "ERP row 1")).hasMessageContaining("segment");
    }
}
