package io.arrears.core.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped .cfg files of the profile service and the demo loader document exactly the keys the code knows. */
class ProfileConfigFilesTest {

    private static final Pattern KEY = Pattern.compile("^#?([a-z][a-z.]*[a-z])\\s*=", Pattern.MULTILINE);

    @ParameterizedTest
    @CsvSource({"io.arrears.profile, io.arrears.core.osgi.ProfileConfig",
            "io.arrears.profile.demo, io.arrears.core.osgi.DemoHistoryConfig"})
    void everyKeyOfTheShippedFileIsAnAttributeOfTheConfiguration(String pid, String type) throws Exception {
        String text = Files.readString(Path.of("../../assembly/src/main/resources/assembly/etc/" + pid + ".cfg"));
        Set<String> keys = new TreeSet<>();
        Matcher m = KEY.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        Set<String> attributes = Arrays.stream(Class.forName(type).getDeclaredMethods())
                .map(Method::getName).map(n -> n.replace('_', '.'))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(keys).isNotEmpty().isEqualTo(attributes);
    }
}
