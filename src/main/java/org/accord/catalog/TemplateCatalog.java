package org.accord.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accord.domain.Activity;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopDetails;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The built-in workshop templates, read from JSON resources beside this class. Templates are data, not code. */
public final class TemplateCatalog {
    public static final String CIO_CMO = "cio-cmo";
    public static final String BLANK = "blank";

    private final List<Template> templates;

    public TemplateCatalog() {
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try {
            String[] ids = json.readValue(resource("templates.json"), String[].class);
            List<Template> loaded = new ArrayList<>();
            for (String id : ids) {
                loaded.add(json.readValue(resource(id + ".json"), Template.class));
            }
            this.templates = List.copyOf(loaded);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("A built-in template could not be read; the build is broken", e);
        }
    }

    public List<Template> templates() {
        return templates;
    }

    public Template template(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No template called " + id));
    }

    /** A new, unsaved workshop from a template. */
    public Workshop newWorkshop(String templateId, String title, Instant now) {
        Template template = template(templateId);
        List<Role> roles = template.roles().stream()
                .map(r -> Role.create(r.name(), r.label(), Side.valueOf(r.side().toUpperCase(Locale.ROOT))))
                .toList();
        List<Activity> activities = template.activities().stream()
                .map(a -> Activity.create(a.name(), a.description(), a.group()))
                .toList();
        WorkshopDetails details = new WorkshopDetails(title, "", LocalDate.ofInstant(now, ZoneId.systemDefault()), "", "");
        return Workshop.create(details, now, template.groups(), roles, activities);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = TemplateCatalog.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }
}
