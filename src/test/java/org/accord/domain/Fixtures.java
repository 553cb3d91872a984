package org.accord.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Small workshops built in code for domain tests. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private Fixtures() {
    }

    /** Two roles (CIO, CMO) and the given activities in one group "Data". */
    public static Workshop workshop(String... activityNames) {
        List<Role> roles = List.of(Role.create("Chief Information Officer", "CIO", Side.IT),
                Role.create("Chief Marketing Officer", "CMO", Side.MARKETING));
        List<Activity> activities = java.util.Arrays.stream(activityNames)
                .map(n -> Activity.create(n, "", "Data")).toList();
        return Workshop.create(new WorkshopDetails("Test workshop", "Acme", LocalDate.of(2026, 11, 22), "Pat", ""),
                T0, List.of("Data"), roles, activities);
    }

    public static Role role(Workshop w, String label) {
        return w.roles().stream().filter(r -> r.shortLabel().equals(label)).findFirst().orElseThrow();
    }

    public static Activity activity(Workshop w, String name) {
        return w.activities().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    /** Sets a letter by names, for readable tests. */
    public static Workshop set(Workshop w, String activity, String roleLabel, Raci letter) {
        return w.withLetter(activity(w, activity).id(), role(w, roleLabel).id(), letter);
    }
}
