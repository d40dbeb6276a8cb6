package io.programbook.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.programbook.core.diag.SourcePosition;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
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
 * @param text    the file's text, to find positions inside multi-line values
 */
public record YamlDocument(
        SourceFile source,
        JsonNode root,
        Map<String, SourcePosition> positions,
        Set<String> numbers,
        Set<String> invalid,
        String text) {

    public YamlDocument {
        positions = Map.copyOf(positions);
        numbers = Set.copyOf(numbers);
        invalid = Set.copyOf(invalid);
        text = text == null ? "" : text;
    }

    public YamlDocument(SourceFile source, JsonNode root, Map<String, SourcePosition> positions) {
        this(source, root, positions, Set.of(), Set.of(), "");
    }

    /** The same document, marked with the nodes a schema check found wrong. */
    public YamlDocument withInvalid(Set<String> pointers) {
        return new YamlDocument(source, root, positions, numbers, pointers, text);
    }

    /**
     * Where a snippet of a node's value is written: its {@code occurrence}-th appearance (from 0)
     * after the node's position. Falls back to the node's position when the file's text does not
     * show it (an escaped quoted string).
     */
    public SourcePosition find(String pointer, String snippet, int occurrence) {
        SourcePosition start = at(pointer);
        if (start.line() == 0 || text.isEmpty()) {
            return start;
        }
        int offset = 0;
        for (int line = 1; line < start.line() && offset >= 0; line++) {
            offset = text.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        if (offset < 0) {
            return start;
        }
        int hit = offset + start.column() - 1;
        for (int i = 0; i <= occurrence; i++) {
            hit = text.indexOf(snippet, i == 0 ? hit : hit + 1);
            if (hit < 0) {
                return start;
            }
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < hit; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return SourcePosition.of(start.file(), line, hit - lineStart + 1);
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

    /**
     * The same document as if only some entries of a list were written: the entry at
     * {@code kept.get(n)} is found at index {@code n}, so that positions of a filtered list (a
     * customer edition's evidence) still point at what the user wrote.
     */
    public YamlDocument keeping(String listPointer, List<Integer> kept) {
        Map<String, SourcePosition> renumbered = new HashMap<>();
        String prefix = listPointer + "/";
        positions.forEach((pointer, at) -> {
            if (!pointer.startsWith(prefix)) {
                renumbered.put(pointer, at);
            }
        });
        for (int n = 0; n < kept.size(); n++) {
            String from = prefix + kept.get(n);
            String to = prefix + n;
            positions.forEach((pointer, at) -> {
                if (pointer.equals(from) || pointer.startsWith(from + "/")) {
                    renumbered.put(to + pointer.substring(from.length()), at);
                }
            });
        }
        return new YamlDocument(source, root, renumbered, numbers, invalid, text);
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

        /** Where a snippet of a descendant's value is written, see {@link YamlDocument#find}. */
        public SourcePosition find(String relative, String snippet, int occurrence) {
            return document.find(relative.isEmpty() ? pointer : pointer + "/" + relative, snippet, occurrence);
        }
    }
}
