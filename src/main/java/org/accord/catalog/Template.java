package org.accord.catalog;

import java.util.List;

/**
 * A workshop template as stored in its JSON resource: the groups, roles and activities a new workshop starts with.
 * Field names are the JSON's; see {@code cio-cmo.json}.
 */
public record Template(String id, String title, String summary, List<String> groups, List<TemplateRole> roles,
                       List<TemplateActivity> activities) {

    public record TemplateRole(String name, String label, String side) {
    }

    public record TemplateActivity(String group, String name, String description) {
    }

    @Override
    public String toString() {
        return title;
    }
}
