package io.arrears.letters;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A self-contained HTML e-mail body from the HTML-escaped rendering of the body template. */
final class HtmlLetter {

    private static final Pattern LINK = Pattern.compile("https://[^\\s<>\"']+");

    private HtmlLetter() {
    }

    /**
     * @param escapedBody the body template rendered with {@link Template.Escaping#HTML}
     */
    static String of(String languageTag, boolean rightToLeft, String subject, String escapedBody) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Template.html(languageTag)).append("\" dir=\"")
                .append(rightToLeft ? "rtl" : "ltr").append("\">\n<head><meta charset=\"UTF-8\"><title>")
                .append(Template.html(subject)).append("</title></head>\n")
                .append("<body style=\"font-family: sans-serif; line-height: 1.5;\">\n");
        for (TextBlocks.Block block : TextBlocks.of(escapedBody)) {
            if (block.list()) {
                html.append("<ul>\n");
                block.lines().forEach(l -> html.append("<li>").append(linked(l)).append("</li>\n"));
                html.append("</ul>\n");
            } else {
                html.append("<p>").append(String.join("<br>\n", block.lines().stream().map(HtmlLetter::linked).toList()))
                        .append("</p>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** Payment links become clickable; the text is already escaped, so the match is safe as an attribute. */
    private static String linked(String escapedLine) {
        Matcher m = LINK.matcher(escapedLine);
        return m.replaceAll(r -> Matcher.quoteReplacement("<a href=\"" + r.group() + "\">" + r.group() + "</a>"));
    }
}
