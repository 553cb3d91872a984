package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.accord.ui.common.Styles;
import org.junit.jupiter.api.Test;

/**
 * The build puts each stylesheet beside its source in JavaFX's binary form, which JavaFX reads instead of parsing the
 * CSS (pom.xml, "stylesheets-to-binary"). Each binary copy must exist and say exactly what its CSS says: a missing
 * one costs start-up time, a stale one would show styles nobody can find in the source.
 */
class StylesheetsTest {

    @Test
    void everyStylesheetHasABinaryCopyWithTheSameRules() throws Exception {
        Path classes = Path.of(Styles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> sources;
        try (Stream<Path> files = Files.walk(classes)) {
            sources = files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
        // The phone page's stylesheet is a browser's (rem units JavaFX does not parse): the build leaves it as it is.
        Path browsers = classes.resolve(Path.of("org", "accord", "room", "web"));
        assertThat(sources).anyMatch(css -> css.startsWith(browsers));
        for (Path css : sources.stream().filter(css -> css.startsWith(browsers)).toList()) {
            assertThat(css.resolveSibling(css.getFileName().toString().replaceFirst("\\.css$", ".bss")))
                    .as("a JavaFX binary copy of the browser's %s", css).doesNotExist();
        }
        sources = sources.stream().filter(css -> !css.startsWith(browsers)).toList();
        assertThat(sources).extracting(p -> p.getFileName().toString())
                .contains("accord.css", "start.css", "workshop.css", "guide.css");
        for (Path css : sources) {
            Path bss = css.resolveSibling(css.getFileName().toString().replaceFirst("\\.css$", ".bss"));
            assertThat(bss).as("binary copy of %s", css).exists();
            String parsed = rules(new CssParser().parse(css.toUri().toURL()));
            assertThat(parsed).as("rules of %s", css).isNotBlank();
            // A url(…) is kept relative to the stylesheet it is in, so its base names the file read: the .bss beside
            // the .css, the same folder (workshop.css's corner mark for changed cells).
            String binary = rules(Stylesheet.loadBinary(bss.toUri().toURL()))
                    .replace("/" + bss.getFileName(), "/" + css.getFileName());
            assertThat(binary).as("rules of %s", bss).isEqualTo(parsed);
        }
    }

    /** Every rule's selectors and declarations, with their values, as text (a binary rule reads them on demand). */
    private static String rules(Stylesheet stylesheet) {
        return stylesheet.getRules().stream()
                .map(rule -> rule.getSelectors() + " { " + rule.getDeclarations().stream()
                        .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !important" : ""))
                        .collect(Collectors.joining("; ")) + " }")
                .collect(Collectors.joining("\n"));
    }
}
