package io.programbook.core.convert.docx;

import org.asciidoctor.ast.List;
import org.asciidoctor.ast.StructuralNode;

/** Asciidoctor's list blocks, apart: their type shares its name with {@code java.util.List}. */
final class AsciidocLists {

    private AsciidocLists() {}

    /** Whether a block is a bulleted, numbered or callout list. */
    static boolean is(StructuralNode node) {
        return node instanceof List;
    }

    /** The items of a list block. */
    static Iterable<StructuralNode> items(StructuralNode list) {
        return ((List) list).getItems();
    }
}
