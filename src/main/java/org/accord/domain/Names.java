package org.accord.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules for names (workshop titles, activities, roles, groups) and longer free texts.
 * Names are NFC-normalised, control characters stripped, trimmed; blank or overlong names are refused.
 * Two names are the same when their {@link #key(String)} is equal: NFC, then case-folded.
 *
 * <p>The invisible characters that override or embed a direction (U+202A–U+202E, U+2066–U+2069) are left out of
 * names and texts, as control characters are: one of them reorders everything after it on the line (a title that
 * reads "gpj.exe" as "exe.jpg"), in the grid, the PDF, a spreadsheet and a terminal alike, and no name needs one.
 * The zero-width marks (U+200E, U+200F, U+061C) stay: right-to-left names use them, and they only settle the
 * direction of the punctuation beside them.
 */
public final class Names {
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_LABEL_LENGTH = 12;
    public static final int MAX_TEXT_LENGTH = 10_000;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern CONTROL_EXCEPT_LINE_BREAKS = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern DIRECTION_OVERRIDE = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private Names() {
    }

    /** A cleaned one-line name, or a {@link ValidationException} that says what is wrong with it. */
    public static String clean(String raw, String what) {
        return cleanBounded(raw, what, MAX_NAME_LENGTH);
    }

    /** A short column label such as "CIO". */
    public static String cleanLabel(String raw, String what) {
        return cleanBounded(raw, what, MAX_LABEL_LENGTH);
    }

    private static String cleanBounded(String raw, String what, int max) {
        String text = raw == null ? "" : CONTROL.matcher(withoutOverrides(nfc(raw))).replaceAll(" ").strip();
        if (text.isEmpty()) {
            throw new ValidationException(capitalise(what) + " cannot be empty.");
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw new ValidationException(capitalise(what) + " is too long: at most " + max + " characters.");
        }
        return text;
    }

    /** Free text (description, rationale, notes): may be empty, keeps line breaks, bounded in length. */
    public static String cleanText(String raw, String what) {
        String text = raw == null ? "" : CONTROL_EXCEPT_LINE_BREAKS.matcher(withoutOverrides(nfc(raw))).replaceAll("").strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            throw new ValidationException(capitalise(what) + " is too long: at most " + MAX_TEXT_LENGTH + " characters.");
        }
        return text;
    }

    /** The comparison key: two names with equal keys are duplicates. */
    public static String key(String name) {
        return nfc(name).strip().toLowerCase(Locale.ROOT);
    }

    /** True for every character of Unicode's Bidi_Control property: the overrides, embeddings, isolates and marks. */
    public static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * The text for one line of a terminal: control characters and every bidi control written as {@code <U+202E>},
     * so a name saved before they were left out (or a mark, which names keep) shows what it holds and cannot turn
     * the rest of the line around.
     */
    public static String forTerminal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || isBidiControl(c)) {
                out.append(String.format(Locale.ROOT, "<U+%04X>", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String withoutOverrides(String text) {
        return DIRECTION_OVERRIDE.matcher(text).replaceAll("");
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String capitalise(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
