package io.arrears.letters;

import java.text.Bidi;
import java.util.Map;

/**
 * Reorders one line from logical to visual order (Unicode bidi algorithm via {@link java.text.Bidi}), because
 * PDF draws glyphs left to right as given. Right-to-left runs are reversed with mirrored brackets; numbers
 * and Latin words inside Hebrew stay left to right. Bidi control marks are dropped after reordering: they
 * have no glyph.
 */
final class VisualOrder {

    private static final Map<Integer, Integer> MIRROR = Map.ofEntries(
            Map.entry((int) '(', (int) ')'), Map.entry((int) ')', (int) '('),
            Map.entry((int) '[', (int) ']'), Map.entry((int) ']', (int) '['),
            Map.entry((int) '{', (int) '}'), Map.entry((int) '}', (int) '{'),
            Map.entry((int) '<', (int) '>'), Map.entry((int) '>', (int) '<'),
            Map.entry((int) '«', (int) '»'), Map.entry((int) '»', (int) '«'));

    private VisualOrder() {
    }

    /**
     * @param rightToLeftLetter true in a Hebrew (or other RTL) letter: a line with any right-to-left letter then
     *                          reads right to left; a line of only Latin and digits (a postal address, an IBAN)
     *                          keeps left-to-right order even there
     */
    static String of(String logical, boolean rightToLeftLetter) {
        boolean rtlLine = rightToLeftLetter && Bidi.requiresBidi(logical.toCharArray(), 0, logical.length())
                && logical.codePoints().anyMatch(VisualOrder::isRightToLeftLetter);
        Bidi bidi = new Bidi(logical, rtlLine ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return withoutControls(logical);
        }
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        StringBuilder visual = new StringBuilder(logical.length());
        for (Integer run : order) {
            String text = logical.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            if ((bidi.getRunLevel(run) & 1) == 1) {
                int[] codePoints = text.codePoints().toArray();
                for (int i = codePoints.length - 1; i >= 0; i--) {
                    visual.appendCodePoint(MIRROR.getOrDefault(codePoints[i], codePoints[i]));
                }
            } else {
                visual.append(text);
            }
        }
        return withoutControls(visual.toString());
    }

    private static boolean isRightToLeftLetter(int codePoint) {
        byte d = Character.getDirectionality(codePoint);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static String withoutControls(String s) {
        return s.replaceAll("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]", "");
    }
}
