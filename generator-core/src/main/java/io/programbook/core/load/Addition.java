package io.programbook.core.load;

import io.programbook.core.diag.SourcePosition;
import io.programbook.core.model.Catalog;

/**
 * A catalogue of the organisation's own requirements that a profile adds, with where it came from.
 *
 * @param profileFile how diagnostics name the profile that adds it (the key of the profile chain)
 * @param profileId   that profile's id
 * @param declaredAt  the profile's {@code additions} entry
 * @param written     the entry as written, e.g. {@code org-requirements.yaml}
 * @param file        the catalogue file as diagnostics name it
 */
public record Addition(
        String profileFile,
        String profileId,
        SourcePosition declaredAt,
        String written,
        String file,
        Catalog catalog) {}
