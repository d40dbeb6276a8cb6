package io.programbook.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.programbook.core.diag.SourcePosition;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * A parsed YAML file as a tree, with the source position of every node, addressed by JSON pointer
 * ({@code /statements/3/owner}). Positions of object members point at the key.
 *
 * <p>Scalars are kept as written: a number stays text ({@code version: 3.10} binds as "3.10"), and
 * only YAML 1.2 booleans ({@code true}, {@code false}) are booleans, so {@code note: yes} stays "yes",
 * as editors read it. {@link #typedRoot()} gives the tree with numbers as numbers, for schema checks.
 *
 * @param numbers pointers of the scalars written as YAML 1.2 numbers
 * @param invalid pointers of the nodes a schema check found wrong; such subtrees are not bound
 */
public record YamlDocument(SourceFile source, JsonNode root, Map<String, SourcePosition> positions, Set<String> numbers,
        Set<String> invalid) {

    public YamlDocument {
        positions = Map.copyOf(positions);
        numbers = Set.copyOf(numbers);
        invalid = Set.copyOf(invalid);
    }

    public YamlDocument(SourceFile source, JsonNode root, Map<String, SourcePosition> positions) {
        this(source, root, positions, Set.of(), Set.of());
    }

    /** The same document, marked with the nodes a schema check found wrong. */
    public YamlDocument withInvalid(Set<String> pointers) {
        return new YamlDocument(source, root, positions, numbers, pointers);
    }

    /** True when neither the node at the pointer nor anything below it was found wrong. */
    public boolean isValid(String pointer) {
        for (String bad : invalid) {
            if (bad.equals(pointer) || bad.startsWith(pointer + "/")) {
                return false;
            }
        }
        return true;
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

    /** The tree with scalars written as numbers turned into number nodes: what a JSON Schema sees. */
    public JsonNode typedRoot() {
        return numbers.isEmpty() ? root : typed(root, "");
    }

    private JsonNode typed(JsonNode node, String pointer) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node.isObject()) {
            ObjectNode copy = nodes.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                copy.set(field.getKey(), typed(field.getValue(), pointer + "/" + escape(field.getKey())));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = nodes.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                copy.add(typed(node.get(i), pointer + "/" + i));
            }
            return copy;
        }
        if (numbers.contains(pointer)) {
            try {
                return nodes.numberNode(new BigDecimal(node.asText().replace("+", "")));
            } catch (NumberFormatException e) {
                // 0x1F, .inf: only the type matters to a schema
                return nodes.numberNode(BigDecimal.ZERO);
            }
        }
        return node;
    }

    /** A JSON pointer segment for a mapping key. */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
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
