package org.accord.domain.guide;

import java.time.LocalDate;
import org.accord.domain.Names;
import org.accord.domain.ValidationException;

/**
 * How the two leaders will work together from now on: how many minutes a week they meet, where a dispute goes,
 * and when the matrix is reviewed next. Any part may still be open ({@code 0} minutes, empty text, no date).
 */
public record WorkingAgreement(int cadenceMinutesPerWeek, String escalationPath, LocalDate nextReview) {
    public static final WorkingAgreement NONE = new WorkingAgreement(0, "", null);

    public WorkingAgreement {
        if (cadenceMinutesPerWeek < 0 || cadenceMinutesPerWeek > 7 * 24 * 60) {
            throw new ValidationException("Enter the minutes a week the CIO and CMO meet, from 0 to " + 7 * 24 * 60 + ".");
        }
        escalationPath = Names.cleanText(escalationPath, "the escalation path");
    }

    public String cadenceText() {
        return cadenceMinutesPerWeek == 0 ? "" : "The CIO and CMO meet " + cadenceMinutesPerWeek + " minutes a week.";
    }
}
