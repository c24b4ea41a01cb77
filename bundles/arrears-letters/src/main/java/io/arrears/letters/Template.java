package io.arrears.letters;

import io.arrears.api.letter.LetterRenderingException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A minimal, logic-less template: {@code {{name}}} inserts a value, {@code {{#name}}...{{/name}}} repeats its
 * body for each element of a list (or once for {@code true}), {@code {{^name}}...{{/name}}} renders its body
 * when the list is empty or the value {@code false}. No method calls, no reflection, no includes: an
 * administrator's template can only read the values the renderer offers. A tag alone on its line takes the
 * line with it. A name without a value is an error naming the template and the placeholder, never blank.
 */
final class Template {

    /** How inserted values are escaped. */
    enum Escaping { NONE, HTML }

    private sealed interface Node permits Text, Variable, Section {
    }

    private record Text(String text) implements Node {
    }

    private record Variable(String name, int line) implements Node {
    }

    private record Section(String name, boolean inverted, List<Node> body, int line) implements Node {
    }

    private final String name;
    private final List<Node> nodes;

    private Template(String name, List<Node> nodes) {
        this.name = name;
        this.nodes = nodes;
    }

    /**
     * @param name     shown in error messages, e.g. {@code de/firm.tpl#body}
     * @param source   the template text
     * @param firstLine line number of the first line of {@code source} in its file, for messages
     */
    static Template parse(String name, String source, int firstLine) {
        return new Parser(name, source, firstLine).parse();
    }

    String name() {
        return name;
    }

    /** Values are {@link String}, {@link Boolean} or {@code List<Map<String, Object>>}. */
    String render(Map<String, Object> values, Escaping escaping) {
        StringBuilder out = new StringBuilder();
        Deque<Map<String, Object>> scopes = new java.util.ArrayDeque<>();
        scopes.push(values);
        render(nodes, scopes, escaping, out);
        return out.toString();
    }

    private void render(List<Node> body, Deque<Map<String, Object>> scopes, Escaping escaping, StringBuilder out) {
        for (Node node : body) {
            if (node instanceof Text t) {
                out.append(t.text());
            } else if (node instanceof Variable v) {
                Object value = lookup(v.name(), v.line(), scopes);
                if (!(value instanceof String s)) {
                    throw new LetterRenderingException("template " + name + " line " + v.line() + ": {{" + v.name()
                            + "}} is a list or flag, use {{#" + v.name() + "}}...{{/" + v.name() + "}}");
                }
                out.append(escaping == Escaping.HTML ? html(s) : s);
            } else if (node instanceof Section s) {
                renderSection(s, scopes, escaping, out);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void renderSection(Section s, Deque<Map<String, Object>> scopes, Escaping escaping, StringBuilder out) {
        Object value = lookup(s.name(), s.line(), scopes);
        if (value instanceof Boolean flag) {
            if (flag != s.inverted()) {
                render(s.body(), scopes, escaping, out);
            }
        } else if (value instanceof List<?> list) {
            if (s.inverted()) {
                if (list.isEmpty()) {
                    render(s.body(), scopes, escaping, out);
                }
                return;
            }
            for (Object element : list) {
                scopes.push((Map<String, Object>) element);
                try {
                    render(s.body(), scopes, escaping, out);
                } finally {
                    scopes.pop();
                }
            }
        } else {
            throw new LetterRenderingException("template " + name + " line " + s.line() + ": {{#" + s.name()
                    + "}} needs a list or a flag, but '" + s.name() + "' is a text; use {{" + s.name() + "}}");
        }
    }

    private Object lookup(String key, int line, Deque<Map<String, Object>> scopes) {
        for (Map<String, Object> scope : scopes) {
            if (scope.containsKey(key)) {
                return scope.get(key);
            }
        }
        throw new LetterRenderingException("template " + name + " line " + line + ": unknown placeholder {{" + key
                + "}}; known here: " + knownNames(scopes));
    }

    private static String knownNames(Deque<Map<String, Object>> scopes) {
        return scopes.stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList().toString();
    }

    static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Recursive-descent over the tags; keeps track of line numbers for messages. */
    private static final class Parser {
        private final String name;
        private final String src;
        private final int firstLine;
        private int pos;

        Parser(String name, String src, int firstLine) {
            this.name = name;
            this.src = src;
            this.firstLine = firstLine;
        }

        Template parse() {
            List<Node> nodes = parseUntil(null, 0);
            return new Template(name, List.copyOf(nodes));
        }

        private List<Node> parseUntil(String closing, int openLine) {
            List<Node> nodes = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (pos < src.length()) {
                int open = src.indexOf("{{", pos);
                if (open < 0) {
                    text.append(src, pos, src.length());
                    pos = src.length();
                    break;
                }
                int close = src.indexOf("}}", open + 2);
                int line = lineAt(open);
                if (close < 0) {
                    throw error(line, "'{{' without a closing '}}'");
                }
                String tag = src.substring(open + 2, close).strip();
                char kind = tag.isEmpty() ? ' ' : tag.charAt(0);
                boolean block = kind == '#' || kind == '^' || kind == '/';
                String tagName = block ? tag.substring(1).strip() : tag;
                if (!tagName.matches("[A-Za-z][A-Za-z0-9_.]*")) {
                    throw error(line, "'{{" + tag + "}}' is not a placeholder name (letters, digits, '_' and '.')");
                }
                int textEnd = open;
                int next = close + 2;
                if (block) {
                    // a block tag alone on its line removes that line entirely
                    int lineStart = src.lastIndexOf('\n', open - 1) + 1;
                    int lineEnd = src.indexOf('\n', next);
                    int lineEndOrEof = lineEnd < 0 ? src.length() : lineEnd;
                    if (src.substring(lineStart, open).isBlank() && src.substring(next, lineEndOrEof).isBlank()
                            && lineStart >= pos) {
                        textEnd = lineStart;
                        next = lineEnd < 0 ? src.length() : lineEnd + 1;
                    }
                }
                text.append(src, pos, textEnd);
                if (!text.isEmpty()) {
                    nodes.add(new Text(text.toString()));
                    text.setLength(0);
                }
                pos = next;
                if (kind == '/') {
                    if (!tagName.equals(closing)) {
                        throw error(line, closing == null
                                ? "{{/" + tagName + "}} closes a section that was never opened"
                                : "{{/" + tagName + "}} found where {{/" + closing + "}} (opened on line " + openLine + ") was expected");
                    }
                    return nodes;
                } else if (block) {
                    List<Node> body = parseUntil(tagName, line);
                    nodes.add(new Section(tagName, kind == '^', List.copyOf(body), line));
                } else {
                    nodes.add(new Variable(tagName, line));
                }
            }
            if (!text.isEmpty()) {
                nodes.add(new Text(text.toString()));
            }
            if (closing != null) {
                throw error(openLine, "section {{#" + closing + "}} is never closed with {{/" + closing + "}}");
            }
            return nodes;
        }

        private int lineAt(int index) {
            int line = firstLine;
            for (int i = 0; i < index; i++) {
                if (src.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        private LetterRenderingException error(int line, String why) {
            return new LetterRenderingException("template " + name + " line " + line + ": " + why);
        }
    }
}
