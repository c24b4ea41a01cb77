package io.arrears.route.erpintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The shipped .cfg files of the database and API intakes document exactly the keys the code knows. */
class IncrementalConfigTest {

    private static final Path ETC = Path.of("../../assembly/src/main/resources/assembly/etc");

    @ParameterizedTest
    @ValueSource(strings = {"jdbc", "rest"})
    void theShippedCfgDocumentsExactlyTheKeysTheCodeKnows(String kind) throws Exception {
        Class<?> type = kind.equals("jdbc") ? ErpDatabaseConfig.class : ErpApiConfig.class;
        Matcher m = Pattern.compile("^#?([a-z][a-z._]*[a-z])\\s*=", Pattern.MULTILINE)
                .matcher(Files.readString(ETC.resolve("arrears.erpintake." + kind + ".cfg")));
        Set<String> documented = new HashSet<>();
        while (m.find()) {
            documented.add(m.group(1));
        }
        // OSGi metatype naming: '_' is '.', '__' is '_'
        Set<String> known = Arrays.stream(type.getDeclaredMethods())
                .map(method -> method.getName().replace("__", "\u0000").replace('_', '.').replace('\u0000', '_'))
                .collect(Collectors.toSet());
        assertThat(documented).isEqualTo(known);
        assertThat(Files.readString(ETC.resolve("arrears.erpintake." + kind + ".cfg"))).doesNotContainPattern("(?m)^enabled\\s*=\\s*true");
    }

    @Test
    void fieldAttributesBecomeTheMapping() {
        ErpApiConfig config = config(ErpApiConfig.class, Map.of("field_due__date", "$.dueDate", "field_amount", " $.totals.payable "));
        assertThat(FieldMappings.of(config, ErpApiConfig.class, "field"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(InvoiceField.DUE_DATE, "$.dueDate", InvoiceField.AMOUNT, "$.totals.payable"));
    }

    @Test
    void mistakesAreNamedWithTheirKey() {
        assertThatThrownBy(() -> ErpApiIntakeRoute.settings(config(ErpApiConfig.class,
                Map.of("enabled", true, "base_url", "https://erp.example.com/api", "allowed_hosts", "other.example.com"))))
                .hasMessageContaining("arrears.erpintake.rest").hasMessageContaining("not on the allowlist");
        assertThatThrownBy(() -> ErpApiIntakeRoute.settings(config(ErpApiConfig.class,
                Map.of("base_url", "https://erp.example.com/api", "allowed_hosts", "erp.example.com", "paging", "CURSOR"))))
                .hasMessageContaining("paging 'CURSOR' is not PAGE or NEXT_LINK");
        assertThatThrownBy(() -> ErpDatabaseIntakeRoute.driverFor("jdbc:sqlserver://erp:1433"))
                .hasMessageContaining("set jdbc.driver.class");
    }

    @SuppressWarnings("unchecked")
    static <T> T config(Class<T> type, Map<String, Object> values) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("annotationType") ? type
                        : values.containsKey(method.getName()) ? values.get(method.getName()) : defaultOf(method));
    }

    private static Object defaultOf(Method method) {
        Object value = method.getDefaultValue();
        if (value == null) {
            throw new IllegalStateException(method.getName() + " has no default");
        }
        return value;
    }
}
