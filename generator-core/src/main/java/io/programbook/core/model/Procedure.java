package io.programbook.core.model;

import io.programbook.core.diag.SourcePosition;
import java.util.List;

/**
 * An AsciiDoc procedure of the program; it becomes a handbook chapter.
 *
 * @param id         the file name without {@code .adoc}
 * @param source     the file, relative to the project base directory
 * @param satisfies  items the document header declares ({@code :pb-satisfies:})
 * @param references items the body links to with {@code req:[…]}
 * @param owner      role id from {@code :pb-owner:}, or empty
 * @param body       the AsciiDoc after the document header
 * @param bodyLine   the line of the file the body starts on (1-based): findings in the body name it
 */
public record Procedure(
        String id,
        String title,
        String source,
        List<ItemRef> satisfies,
        List<ItemRef> references,
        String owner,
        SourcePosition ownerAt,
        String body,
        int bodyLine) {

    public Procedure {
        satisfies = List.copyOf(satisfies);
        references = List.copyOf(references);
    }
}
