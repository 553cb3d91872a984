package org.accord.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules for names (workshop titles, activities, roles, groups) and longer free texts.
 * Names are NFC-normalised, control characters stripped, trimmed; blank or overlong names are refused.
 * Two names are the same when their {@link #key(String)} is equal: NFC, then case-folded.
 */
public final class Names {
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_LABEL_LENGTH = 12;
    public static final int MAX_TEXT_LENGTH = 10_000;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern CONTROL_EXCEPT_LINE_BREAKS = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

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
        String text = raw == null ? "" : CONTROL.matcher(nfc(raw)).replaceAll(" ").strip();
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
        String text = raw == null ? "" : CONTROL_EXCEPT_LINE_BREAKS.matcher(nfc(raw)).replaceAll("").strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            throw new ValidationException(capitalise(what) + " is too long: at most " + MAX_TEXT_LENGTH + " characters.");
        }
        return text;
    }

    /** The comparison key: two names with equal keys are duplicates. */
    public static String key(String name) {
        return nfc(name).strip().toLowerCase(Locale.ROOT);
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String capitalise(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
