package io.programbook.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.programbook.core.diag.SourcePosition;
import java.util.Map;

/**
 * A parsed YAML file as a tree, with the source position of every node, addressed by JSON pointer
 * ({@code /statements/3/owner}). Positions of object members point at the key.
 */
public record YamlDocument(SourceFile source, JsonNode root, Map<String, SourcePosition> positions) {

    public YamlDocument {
        positions = Map.copyOf(positions);
    }

    /** The position of the node at the pointer, or of its nearest ancestor that has one. */
    public SourcePosition at(String pointer) {
        String p = pointer;
        while (true) {
            SourcePosition found = positions.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return SourcePosition.wholeFile(source.displayName());
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    public JsonNode node(String pointer) {
        return pointer.isEmpty() ? root : root.at(pointer);
    }

    /** A view of one subtree, so positions can be found relative to it. */
    public Located locate(String pointer) {
        return new Located(this, pointer);
    }

    /** A node of a document: lets validation find positions of fields relative to it. */
    public record Located(YamlDocument document, String pointer) {

        public SourcePosition at() {
            return document.at(pointer);
        }

        /** Position of a descendant: {@code at("owner")}, {@code at("evidence/0/file")}. */
        public SourcePosition at(String relative) {
            return document.at(relative.isEmpty() ? pointer : pointer + "/" + relative);
        }

        public String file() {
            return document.source().displayName();
        }
    }
}
