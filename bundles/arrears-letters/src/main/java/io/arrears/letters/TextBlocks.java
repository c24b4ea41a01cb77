package io.arrears.letters;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout the templates use, read back from rendered text: paragraphs separated by a blank line, and a
 * paragraph whose lines all start with {@code "- "} is a list. HTML and PDF are both laid out from this.
 */
final class TextBlocks {

    record Block(boolean list, List<String> lines) {
    }

    private TextBlocks() {
    }

    static List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : text.strip().split("\n\\s*\n")) {
            List<String> lines = paragraph.lines().map(String::stripTrailing).filter(l -> !l.isBlank()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            boolean list = lines.stream().allMatch(l -> l.startsWith("- "));
            blocks.add(new Block(list, list ? lines.stream().map(l -> l.substring(2)).toList() : lines));
        }
        return blocks;
    }
}
