package org.accord.ui.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.accord.domain.ValidationException;

/**
 * Every date field in Accord: it shows dates as ISO ({@code 2027-01-15}), the form the tables, the CSV and the PDF
 * print, and takes either that or the locale's short form ({@code 1/15/2027} in the US, {@code 15/01/2027} in the
 * UK). Anything else is refused at the field with a message, and the typed text stays in the field: JavaFX's own
 * DatePicker silently keeps its old value when its text does not parse, which is how a typed due date was lost.
 */
public final class DateFields {
    /** The one way a date is shown. */
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final LocalDate EXAMPLE = LocalDate.of(2027, 1, 15);

    private final List<DateTimeFormatter> accepted;
    private final String problem;

    DateFields(Locale locale) {
        // The locale's short pattern ("M/d/yy" in the US) read with a four-digit year (1/15/2027) or a two-digit
        // one meaning this century (1/15/27), strict so that 2027-02-30 is refused instead of moved.
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        DateTimeFormatter fourDigitYear = DateTimeFormatter.ofPattern(shortPattern.replaceAll("y+", "uuuu"), locale)
                .withResolverStyle(ResolverStyle.STRICT);
        this.accepted = List.of(SHOWN, fourDigitYear, twoDigitYear(shortPattern, locale));
        this.problem = "Type the date as " + SHOWN.format(EXAMPLE) + " or " + fourDigitYear.format(EXAMPLE)
                + ", or pick it from the calendar.";
    }

    private static DateTimeFormatter twoDigitYear(String shortPattern, Locale locale) {
        // The year read as 2000–2099, the reading a facilitator typing 27 means.
        String[] parts = shortPattern.split("y+", -1);
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                b.appendPattern(parts[i]);
            }
            if (i < parts.length - 1) {
                b.appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 2, 2000);
            }
        }
        return b.toFormatter(locale).withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);
    }

    /** The rules of the machine's own locale. */
    public static DateFields forThisMachine() {
        return new DateFields(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** The date in a text, empty for a blank text. */
    public Optional<LocalDate> parse(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : accepted) {
            try {
                return Optional.of(LocalDate.from(f.parse(typed)));
            } catch (java.time.DateTimeException e) {
                // try the next accepted form
            }
        }
        throw new ValidationException(problem);
    }

    /** What the field says when its text is not a date. */
    public String problem() {
        return problem;
    }

    /**
     * Makes a date picker show ISO, take ISO or the short form, and say under it (in {@code message}, which may be
     * null when a dialog shows the reason itself) what is wrong while its text is not a date.
     */
    public void install(DatePicker picker, Label message) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHOWN.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return parse(text).orElse(null);
                } catch (ValidationException e) {
                    // JavaFX commits on Enter and on focus loss and lets an exception escape: the value stays as
                    // it was instead, the typed text stays in the field, and the message under it says why.
                    return picker.getValue();
                }
            }
        });
        picker.setPromptText(SHOWN.format(EXAMPLE));
        picker.getEditor().textProperty().addListener((obs, old, text) -> showProblem(picker, message));
    }

    /**
     * Takes the picker's typed text as its value. False, with the text left as typed, when it is not a date: the
     * caller then keeps whatever it was about to save.
     */
    public boolean commit(DatePicker picker) {
        try {
            LocalDate typed = parse(picker.getEditor().getText()).orElse(null);
            if (!java.util.Objects.equals(typed, picker.getValue())) {
                picker.setValue(typed);
            }
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    /** The picker's date as typed, or a ValidationException with the field's message (for a dialog's check). */
    public LocalDate valueOf(DatePicker picker) {
        return parse(picker.getEditor().getText()).orElse(null);
    }

    private void showProblem(DatePicker picker, Label message) {
        boolean wrong;
        try {
            parse(picker.getEditor().getText());
            wrong = false;
        } catch (ValidationException e) {
            wrong = true;
        }
        picker.pseudoClassStateChanged(INVALID, wrong);
        if (message != null) {
            message.setText(wrong ? problem : "");
        }
    }
}
