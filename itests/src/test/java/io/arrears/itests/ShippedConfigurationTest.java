package io.arrears.itests;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.core.config.ConfigurationKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The shipped {@code etc/*.cfg} files of Arrears against the metatype of the bundles in the assembled
 * distribution: every key (also the commented examples) is a setting, no shipped value repeats the
 * code's default, secrets are never plain text, and every setting is described for the web console.
 */
class ShippedConfigurationTest {

    private static final Path ETC = Path.of("../assembly/src/main/resources/assembly/etc");
    private static final Path BUNDLES = Path.of(System.getProperty("arrears.distribution", "../assembly/target/assembly"),
            "system/io/arrears");
    /** A commented example key, written like "#smtp.host =". */
    private static final Pattern COMMENTED_KEY = Pattern.compile("^#([a-z][a-z0-9_]*(\\.[a-z0-9_]+)+) ?=(.*)$");
    private static final Pattern SECRET = Pattern.compile(".*(password|token|secret|(^|\\.|_)key)$");
    private static final Pattern FROM_ENVIRONMENT = Pattern.compile("\\$\\[env:[A-Z0-9_]+]|\\$\\{env:[A-Z0-9_]+}");

    /** PID → attribute id → attribute (type, default, name, description). */
    private static final Map<String, Map<String, Attribute>> METATYPE = new HashMap<>();
    private static final List<String> OCD_PROBLEMS = new ArrayList<>();

    record Attribute(String id, String type, String defaultValue, String name, String description) {
    }

    @BeforeAll
    static void readMetatypeOfTheDistributedBundles() throws Exception {
        assertThat(BUNDLES).as("assembled distribution (build the assembly module first)").isDirectory();
        try (Stream<Path> jars = Files.walk(BUNDLES)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry entry : zip.stream().filter(e -> e.getName().startsWith("OSGI-INF/metatype/")
                            && e.getName().endsWith(".xml")).toList()) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            readMetatype(jar.getFileName() + "!" + entry.getName(), in);
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyShippedArrearsConfigurationIsReadByABundle() throws IOException {
        assertThat(arrearsCfgFiles()).isNotEmpty().allSatisfy(pid -> assertThat(METATYPE).as("metatype of " + pid).containsKey(metatypePid(pid)));
    }

    @Test
    void everyKeyInAShippedFileIsASettingOfItsPid() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String pid : arrearsCfgFiles()) {
            Map<String, String> keys = new LinkedHashMap<>(activeKeys(pid));
            keys.putAll(commentedKeys(pid));
            ConfigurationKeys.check(pid, keys.keySet(), METATYPE.get(metatypePid(pid)).keySet()).forEach(f -> problems.add(f.detail()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noShippedValueMerelyRepeatsTheDefaultInTheCode() throws IOException {
        List<String> repeats = new ArrayList<>();
        for (String pid : arrearsCfgFiles()) {
            activeKeys(pid).forEach((key, value) -> {
                Attribute attribute = METATYPE.get(metatypePid(pid)).get(key);
                if (attribute != null && attribute.defaultValue() != null && attribute.defaultValue().equals(value)) {
                    repeats.add(pid + ": " + key + " = " + value + " is the code default; comment it out");
                }
            });
        }
        assertThat(repeats).isEmpty();
    }

    @Test
    void secretsArePasswordAttributesAndComeFromTheEnvironment() throws IOException {
        List<String> problems = new ArrayList<>();
        METATYPE.forEach((pid, attributes) -> attributes.values().stream()
                .filter(a -> SECRET.matcher(a.id()).matches() && !"Password".equals(a.type()))
                .forEach(a -> problems.add(pid + ": " + a.id() + " is a secret but of type " + a.type() + ", not Password")));
        for (String pid : arrearsCfgFiles()) {
            Map<String, String> keys = new LinkedHashMap<>(activeKeys(pid));
            keys.putAll(commentedKeys(pid));
            keys.forEach((key, value) -> {
                Attribute attribute = METATYPE.get(metatypePid(pid)).get(key);
                if (attribute != null && "Password".equals(attribute.type()) && !value.isBlank()
                        && !FROM_ENVIRONMENT.matcher(value).matches()) {
                    problems.add(pid + ": " + key + " is shipped as plain text; use $[env:NAME]");
                }
            });
        }
        assertThat(problems).isEmpty();
        assertThat(METATYPE.get("io.arrears.store.jdbc").get("password").type()).isEqualTo("Password");
    }

    @Test
    void everySettingHasANameAndADescriptionForTheWebConsole() {
        assertThat(METATYPE).hasSizeGreaterThanOrEqualTo(12);
        assertThat(OCD_PROBLEMS).isEmpty();
    }

    private static void readMetatype(String source, InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(in);
        Map<String, Map<String, Attribute>> byOcd = new HashMap<>();
        NodeList ocds = document.getElementsByTagName("OCD");
        for (int i = 0; i < ocds.getLength(); i++) {
            Element ocd = (Element) ocds.item(i);
            describe(source + " OCD " + ocd.getAttribute("id"), ocd.getAttribute("name"), ocd.getAttribute("description"));
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            NodeList ads = ocd.getElementsByTagName("AD");
            for (int j = 0; j < ads.getLength(); j++) {
                Element ad = (Element) ads.item(j);
                Attribute attribute = new Attribute(ad.getAttribute("id"), ad.getAttribute("type"),
                        ad.hasAttribute("default") ? ad.getAttribute("default") : null, ad.getAttribute("name"),
                        ad.getAttribute("description"));
                describe(source + " " + attribute.id(), attribute.name(), attribute.description());
                attributes.put(attribute.id(), attribute);
            }
            byOcd.put(ocd.getAttribute("id"), attributes);
        }
        NodeList designates = document.getElementsByTagName("Designate");
        for (int i = 0; i < designates.getLength(); i++) {
            Element designate = (Element) designates.item(i);
            String pid = designate.hasAttribute("factoryPid") ? designate.getAttribute("factoryPid") : designate.getAttribute("pid");
            String ocdRef = ((Element) designate.getElementsByTagName("Object").item(0)).getAttribute("ocdref");
            METATYPE.put(pid, byOcd.get(ocdRef));
        }
    }

    private static void describe(String what, String name, String description) {
        if (name.isBlank() || description.isBlank() || name.startsWith("%") || description.startsWith("%")) {
            OCD_PROBLEMS.add(what + ": name '" + name + "', description '" + description + "'");
        }
    }

    private static List<String> arrearsCfgFiles() throws IOException {
        try (Stream<Path> files = Files.list(ETC)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cfg"))
                    .map(n -> n.substring(0, n.length() - ".cfg".length())).filter(ConfigurationKeys::isArrearsPid).sorted().toList();
        }
    }

    /** {@code <factoryPid>-<name>.cfg} is one instance of a factory configuration (File Install's naming). */
    private static String metatypePid(String cfgName) {
        int dash = cfgName.indexOf('-');
        return dash < 0 ? cfgName : cfgName.substring(0, dash);
    }

    private static Map<String, String> activeKeys(String pid) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(ETC.resolve(pid + ".cfg"))));
        Map<String, String> keys = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> keys.put(k, properties.getProperty(k).strip()));
        return keys;
    }

    private static Map<String, String> commentedKeys(String pid) throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ETC.resolve(pid + ".cfg"))) {
            Matcher matcher = COMMENTED_KEY.matcher(line.strip());
            if (matcher.matches()) {
                keys.put(matcher.group(1), matcher.group(3).strip());
            }
        }
        return keys;
    }

    static Set<String> pids() {
        return METATYPE.keySet();
    }
}
