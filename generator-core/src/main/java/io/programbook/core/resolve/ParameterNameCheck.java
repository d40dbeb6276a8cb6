package io.programbook.core.resolve;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.model.Profile;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link Rule#PARAMETER_NAME}: a parameter becomes a document attribute, so its name must be one,
 * and not one the documents use themselves. A parameter with such a name takes no part in resolution.
 */
final class ParameterNameCheck implements ProfileCheck {

    @Override
    public void check(Resolution resolution, Diagnostics diagnostics) {
        for (Located<Profile> located : resolution.chain()) {
            for (String name : located.value().parameters().keySet()) {
                SourcePosition at = position(located, name);
                problem(name).ifPresent(p -> diagnostics.add(Diagnostic.error(Rule.PARAMETER_NAME, at, p[0], p[1])));
            }
        }
    }

    /** Where a parameter is written in its profile. */
    static SourcePosition position(Located<Profile> located, String name) {
        return located.position("parameters/" + name.replace("~", "~0").replace("/", "~1"));
    }

    /** What is wrong with a parameter name: message and hint (null for the rule's), or empty. */
    static Optional<String[]> problem(String name) {
        if (!name.matches("[a-z0-9_][a-z0-9_-]*")) {
            String suggestion = name.strip()
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9_-]+", "-")
                    .replaceAll("^-+|-+$", "");
            return Optional.of(new String[] {
                "invalid parameter name '" + name + "'",
                suggestion.isEmpty() ? null : "did you mean '" + suggestion + "'? " + Rule.PARAMETER_NAME.hint()
            });
        }
        if (AsciidocAttributes.reserved(name)) {
            return Optional.of(new String[] {
                "parameter name '" + name + "' is an AsciiDoc attribute that the documents use themselves",
                "rename the parameter, e.g. 'org-" + name + "'"
            });
        }
        return Optional.empty();
    }
}
