package io.arrears.route.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every key a shipped .cfg names (commented out or not) is one the code reads: no configuration that nothing reads. */
class ShippedConfigTest {

    private static final Path ETC = Path.of("../../assembly/src/main/resources/assembly/etc");

    @ParameterizedTest
    @CsvSource({"io.arrears.route.agency-example.cfg, io.arrears.route.agency.PartnerConfig",
            "io.arrears.route.insurer-example.cfg, io.arrears.route.agency.PartnerConfig",
            "io.arrears.route.insurercheck.cfg, io.arrears.route.agency.InsurerCheckConfig"})
    void shippedKeysAreKnown(String file, String configType) throws Exception {
        Set<String> known = Arrays.stream(Class.forName(configType).getDeclaredMethods()).map(Method::getName)
                .map(name -> name.replace('_', '.')).collect(Collectors.toSet());
        Set<String> shipped = Files.readAllLines(ETC.resolve(file)).stream()
                .map(line -> line.replaceFirst("^#", "").strip())
                .filter(line -> line.matches("[a-z.]+ = .*"))
                .map(line -> line.substring(0, line.indexOf(' ')))
                .collect(Collectors.toSet());

        assertThat(shipped).isNotEmpty();
        assertThat(known).containsAll(shipped);
    }

    @ParameterizedTest
    @CsvSource({"io.arrears.route.agency-example.cfg", "io.arrears.route.insurer-example.cfg"})
    void shippedPartnersAreDisabledAndValid(String file) throws Exception {
        assertThat(Files.readAllLines(ETC.resolve(file))).noneMatch(line -> line.matches("enabled\\s*=\\s*true"));
    }
}
