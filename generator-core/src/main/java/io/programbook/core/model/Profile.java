package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A tailoring of one catalogue edition (IEC 62443-2-4 clause 4.1.4), as written in a profile file.
 *
 * @param parents         profiles this one extends: bundled names or paths relative to this file
 * @param include         selectors of items in scope; empty means every item of the catalogue
 * @param defaultMaturity target maturity of every item no maturity rule selects; empty inherits
 * @param additions       catalogue files of the organisation's own requirements, relative to this file
 */
public record Profile(
        String id,
        String name,
        String version,
        String catalog,
        String description,
        @JsonProperty("extends") List<String> parents,
        String defaultMaturity,
        List<String> include,
        List<Exclusion> exclude,
        List<MaturityRule> maturity,
        Map<String, String> parameters,
        List<String> additions) {

    public Profile {
        requireText(id, "id");
        name = name == null || name.isBlank() ? id : name.strip();
        version = Lists.text(version);
        requireText(catalog, "catalog");
        description = Lists.text(description);
        parents = Lists.copy(parents);
        defaultMaturity = Lists.text(defaultMaturity);
        include = Lists.copy(include);
        exclude = Lists.copy(exclude);
        maturity = Lists.copy(maturity);
        parameters = Lists.sorted(parameters);
        additions = Lists.copy(additions);
    }

    /** A profile that adds no requirements of the organisation's own. */
    public Profile(
            String id,
            String name,
            String version,
            String catalog,
            String description,
            List<String> parents,
            String defaultMaturity,
            List<String> include,
            List<Exclusion> exclude,
            List<MaturityRule> maturity,
            Map<String, String> parameters) {
        this(
                id,
                name,
                version,
                catalog,
                description,
                parents,
                defaultMaturity,
                include,
                exclude,
                maturity,
                parameters,
                List.of());
    }
}
