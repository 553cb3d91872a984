package org.accord.domain;

/**
 * How a message quotes what the facilitator or a file gave it. A message is read in a window, on a terminal and by
 * support, so it never carries a value whole: a 19 MB value quoted whole once froze the window and filled the log.
 * It quotes a short excerpt on one line, with the characters that would garble a terminal made visible.
 */
public final class Messages {
    /** Characters of a value a message quotes; enough to recognise a name or a typo, never a whole paragraph. */
    public static final int EXCERPT_LENGTH = 40;
    /** Characters of a library's own explanation (a CSV parser, the file system) a message repeats. */
    static final int REASON_LENGTH = 300;

    private Messages() {
    }

    /** The value in double quotes, cut to its first {@value #EXCERPT_LENGTH} characters with "…" after the cut. */
    public static String quote(String value) {
        return "\"" + excerpt(value, EXCERPT_LENGTH) + "\"";
    }

    /** At most {@code max} characters of {@code value} on one line: line breaks, tabs and other controls as spaces,
     * and the invisible characters that reorder a line (bidi controls) left out. "…" marks a cut. */
    public static String excerpt(String value, int max) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 1);
        int kept = 0;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (Names.isBidiControl(c)) {
                continue;
            }
            if (kept == max) {
                out.append('…');
                break;
            }
            out.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
            kept++;
        }
        return out.toString();
    }

    /**
     * A part of a sentence taken from elsewhere (another message, a library's reason), ready to be followed by
     * ". " or "; ": bounded, on one line, without its own closing full stops, so a message ends in exactly one.
     */
    public static String clause(String text) {
        String bounded = excerpt(text, REASON_LENGTH).strip();
        int end = bounded.length();
        while (end > 0 && (bounded.charAt(end - 1) == '.' || Character.isWhitespace(bounded.charAt(end - 1)))) {
            end--;
        }
        return bounded.substring(0, end);
    }

    /** The text as one sentence: a clause, then exactly one full stop. */
    public static String sentence(String text) {
        return clause(text) + ".";
    }
}
