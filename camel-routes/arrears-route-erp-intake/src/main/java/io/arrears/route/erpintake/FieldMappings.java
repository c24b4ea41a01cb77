package io.arrears.route.erpintake;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads the per-field attributes of a configuration ({@code column.due_date}, {@code field.amount}: methods
 * {@code column_due__date()}, {@code field_amount()}) into a map; blank attributes are left out (the field's
 * default applies).
 */
final class FieldMappings {

    private FieldMappings() {
    }

    static Map<InvoiceField, String> of(Object config, Class<?> type, String prefix) {
        Map<InvoiceField, String> mappings = new EnumMap<>(InvoiceField.class);
        for (InvoiceField field : InvoiceField.values()) {
            String method = prefix + "_" + field.key().replace("_", "__");
            try {
                Method m = type.getMethod(method);
                Object value = m.invoke(config);
                if (value instanceof String s && !s.isBlank()) {
                    mappings.put(field, s.strip());
                }
            } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(type.getSimpleName() + " lacks attribute " + method + " for field " + field.key(), e);
            }
        }
        return mappings;
    }
}
