package org.accord.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Raci;
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
    /** A finished example offered on the first run; not among the templates to start from. */
    public static final String SAMPLE = "sample";

    private final List<Template> templates;
    private final Template sample;

    public TemplateCatalog() {
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try {
            String[] ids = json.readValue(resource("templates.json"), String[].class);
            List<Template> loaded = new ArrayList<>();
            for (String id : ids) {
                loaded.add(json.readValue(resource(id + ".json"), Template.class));
            }
            this.templates = List.copyOf(loaded);
            this.sample = json.readValue(resource(SAMPLE + ".json"), Template.class);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("A built-in template could not be read; the build is broken", e);
        }
    }

    public List<Template> templates() {
        return templates;
    }

    public Template template(String id) {
        if (SAMPLE.equals(id)) {
            return sample;
        }
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
                .map(a -> Activity.create(a.name(), a.description(), a.group())
                        .withRationale(a.rationale() == null ? "" : a.rationale())
                        .withStatus(a.status() == null ? ActivityStatus.OPEN : ActivityStatus.valueOf(a.status())))
                .toList();
        WorkshopDetails details = new WorkshopDetails(title, "", LocalDate.ofInstant(now, ZoneId.systemDefault()), "", "");
        Workshop workshop = Workshop.create(details, now, template.groups(), roles, activities);
        for (int i = 0; i < activities.size(); i++) {
            Map<String, String> letters = template.activities().get(i).letters();
            if (letters == null) {
                continue;
            }
            for (Map.Entry<String, String> letter : letters.entrySet()) {
                Role role = workshop.roleLabelled(letter.getKey()).orElseThrow(() -> new IllegalStateException(
                        "Template " + templateId + " names an unknown role " + letter.getKey()));
                workshop = workshop.withLetter(activities.get(i).id(), role.id(), Raci.valueOf(letter.getValue()));
            }
        }
        if (SAMPLE.equals(templateId)) {
            // The finished example opens where its result shows: the matrix, with its letters and findings.
            var matrixStep = workshop.guide().steps().stream()
                    .filter(s -> s.kind() == org.accord.domain.guide.StepKind.MATRIX).findFirst().orElseThrow();
            workshop = workshop.withGuide(workshop.guide().jumpTo(matrixStep.id(), now));
        }
        return workshop;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = TemplateCatalog.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }
}
