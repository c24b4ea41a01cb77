package io.arrears.letters;

import io.arrears.api.letter.LetterRenderingException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One template file split into named sections. A line {@code == name} starts a section; lines starting with
 * {@code ##} are comments for the administrator; blank lines at the end of a section are dropped.
 */
final class TemplateFile {

    private final String name;
    private final Map<String, Template> sections;

    private TemplateFile(String name, Map<String, Template> sections) {
        this.name = name;
        this.sections = sections;
    }

    /** @param name shown in messages: the file's path or resource name */
    static TemplateFile parse(String name, String content) {
        Map<String, Template> sections = new LinkedHashMap<>();
        String[] lines = content.replace("\r\n", "\n").split("\n", -1);
        String current = null;
        int currentStart = 0;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("##")) {
                continue;
            }
            if (line.startsWith("== ")) {
                add(name, sections, current, body, currentStart);
                current = line.substring(3).strip();
                if (!current.matches("[A-Za-z][A-Za-z0-9_.]*")) {
                    throw new LetterRenderingException("template " + name + " line " + (i + 1) + ": '" + current
                            + "' is not a section name (letters, digits, '_' and '.')");
                }
                if (sections.containsKey(current)) {
                    throw new LetterRenderingException("template " + name + " line " + (i + 1) + ": section '" + current
                            + "' appears twice");
                }
                currentStart = i + 2;
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            } else if (!line.isBlank()) {
                throw new LetterRenderingException("template " + name + " line " + (i + 1)
                        + ": text before the first section; start a section with '== name'");
            }
        }
        add(name, sections, current, body, currentStart);
        return new TemplateFile(name, Map.copyOf(sections));
    }

    private static void add(String file, Map<String, Template> sections, String section, StringBuilder body, int start) {
        if (section != null) {
            String text = body.toString().stripTrailing();
            sections.put(section, Template.parse(file + "#" + section, text, start));
        }
    }

    String name() {
        return name;
    }

    /** @throws LetterRenderingException naming the file and the section when it is missing */
    Template section(String section) {
        Template t = sections.get(section);
        if (t == null) {
            throw new LetterRenderingException("template " + name + " has no section '== " + section + "'");
        }
        return t;
    }
}
