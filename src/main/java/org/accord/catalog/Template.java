package org.accord.catalog;

import java.util.List;
import java.util.Map;

/**
 * A workshop template as stored in its JSON resource: the groups, roles and activities a new workshop starts with.
 * Field names are the JSON's; see {@code cio-cmo.json}.
 */
public record Template(String id, String title, String summary, List<String> groups, List<TemplateRole> roles,
                       List<TemplateActivity> activities) {

    public record TemplateRole(String name, String label, String side) {
    }

    /** An activity; a finished example (the sample) also carries its letters by role label, rationale and status. */
    public record TemplateActivity(String group, String name, String description, Map<String, String> letters,
                                   String rationale, String status) {
    }

    @Override
    public String toString() {
        return title;
    }
}
