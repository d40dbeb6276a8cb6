package io.programbook.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.model.Evidence;
import io.programbook.core.model.InvalidValueException;
import io.programbook.core.model.ItemId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;

/**
 * Checks a YAML document against the JSON Schema of its kind and turns every violation into a
 * diagnostic at the offending node, with "did you mean" for field names and enum values. The same
 * schemas ship in the catalog jar for editors, so what an editor underlines is what the build
 * reports. Thread-safe; schemas are compiled once per class loader.
 */
public final class SchemaValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<InputKind, Compiled> SCHEMAS = new ConcurrentHashMap<>();

    private record Compiled(JsonNode tree, JsonSchema schema) {}

    /** One finding, with the node it makes invalid and what the required-field rule needs to know. */
    private record Finding(Diagnostic diagnostic, String invalid, String object, String missing, String suggested) {}

    /** Reports every violation and returns the document marked with the nodes found wrong. */
    public YamlDocument check(YamlDocument document, InputKind kind, Diagnostics diagnostics) {
        Compiled compiled = compiled(kind);
        List<Finding> findings = new ArrayList<>();
        for (ValidationMessage message : compiled.schema().validate(document.typedRoot())) {
            toFinding(message, document, kind, compiled.tree()).ifPresent(findings::add);
        }
        // A misspelt required field ('ownr:') is one mistake: report the unknown field, not also the missing one.
        Set<String> misspelt = new HashSet<>();
        findings.stream()
                .filter(f -> f.suggested() != null)
                .forEach(f -> misspelt.add(f.object() + "|" + f.suggested()));
        Map<String, Finding> unique = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (finding.missing() != null && misspelt.contains(finding.object() + "|" + finding.missing())) {
                continue;
            }
            unique.putIfAbsent(
                    finding.diagnostic().at() + "|" + finding.diagnostic().message(), finding);
        }
        Set<String> invalid = new HashSet<>();
        for (Finding finding : unique.values()) {
            diagnostics.add(finding.diagnostic());
            invalid.add(finding.invalid());
            if (finding.suggested() != null) {
                invalid.add(finding.object()); // a misspelt field leaves its mapping incomplete
            }
        }
        return invalid.isEmpty() ? document : document.withInvalid(invalid);
    }

    /** The schema as a JSON tree, e.g. for tests that compare it with the model. */
    public static JsonNode schemaTree(InputKind kind) {
        return compiled(kind).tree();
    }

    private static Compiled compiled(InputKind kind) {
        return SCHEMAS.computeIfAbsent(kind, k -> {
            try (InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(k.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("the catalog jar lacks " + k.schemaResource());
                }
                JsonNode tree = JSON.readTree(in);
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                        .pathType(PathType.JSON_POINTER)
                        .formatAssertionsEnabled(true)
                        .build();
                return new Compiled(
                        tree,
                        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                                .getSchema(tree, config));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + k.schemaResource(), e);
            }
        });
    }

    private static Optional<Finding> toFinding(
            ValidationMessage message, YamlDocument document, InputKind kind, JsonNode schema) {
        String schemaPointer = message.getSchemaLocation().getFragment().toString();
        if (schemaPointer.matches(".*/(oneOf|anyOf)/\\d+/.*")) {
            return Optional.empty(); // the composite reports once, as a whole
        }
        String pointer = message.getInstanceLocation().toString();
        List<JsonNode> path = walk(schema, message.getEvaluationPath().toString());
        String what = objectTitle(path);
        String definition = schemaPointer.startsWith("/$defs/") ? schemaPointer.split("/")[2] : "";
        SourcePosition at = document.at(pointer);
        JsonNode value = document.node(pointer);
        String field = field(pointer);
        switch (message.getType()) {
            case "additionalProperties" -> {
                String name = message.getProperty();
                String child = pointer + "/" + YamlDocument.escape(name);
                List<String> known = fieldNames(path.get(path.size() - 2));
                Optional<String> nearest = Suggestions.nearest(
                        name,
                        known.stream()
                                .filter(k -> !document.node(pointer).has(k))
                                .toList());
                String hint = nearest.map(
                                s -> "did you mean '" + s + "'? Valid fields here: " + String.join(", ", known))
                        .orElse("valid fields here: " + String.join(", ", known));
                return Optional.of(new Finding(
                        Diagnostic.error(
                                Rule.FIELD_UNKNOWN,
                                document.at(child),
                                "unknown field '" + name + "' in " + what,
                                hint),
                        child,
                        pointer,
                        null,
                        nearest.orElse(null)));
            }
            case "required" -> {
                String name = message.getProperty();
                return Optional.of(new Finding(
                        Diagnostic.error(
                                Rule.FIELD_REQUIRED,
                                at,
                                "missing required field '" + name + "' in " + what,
                                "add '" + name + ":' (see docs/formats.md)"),
                        pointer,
                        pointer,
                        name,
                        null));
            }
            case "type" -> {
                return Optional.of(finding(
                        typeError(path, value, document.typedRoot().at(pointer), field, what, kind, pointer, at),
                        pointer));
            }
            case "enum", "const" -> {
                JsonNode holder = path.get(path.size() - 2);
                String noun = lowerFirst(holder.path("title").asText(field));
                List<String> valid = StreamSupport.stream(holder.path("enum").spliterator(), false)
                        .map(JsonNode::asText)
                        .toList();
                String shown = value.isValueNode() ? "'" + value.asText() + "'" : "a " + describe(value);
                String hint = Suggestions.nearest(value.asText(), valid)
                        .map(s -> "did you mean '" + s + "'? Valid values: " + String.join(", ", valid))
                        .orElse("valid values: " + String.join(", ", valid));
                return Optional.of(finding(
                        Diagnostic.error(Rule.VALUE_INVALID, at, shown + " is not a valid " + noun, hint), pointer));
            }
            case "pattern", "format" -> {
                return Optional.of(finding(patternError(definition, value.asText(), field, what, at), pointer));
            }
            case "oneOf" -> {
                if (definition.equals("evidence")) {
                    return Optional.of(finding(
                            Diagnostic.error(
                                    Rule.EVIDENCE_INVALID,
                                    at,
                                    Evidence.MESSAGE_ONE_LOCATION,
                                    Evidence.HINT_ONE_LOCATION),
                            pointer));
                }
                return Optional.of(finding(
                        Diagnostic.error(
                                Rule.VALUE_INVALID,
                                at,
                                "'" + field + "' does not have any of the allowed forms in " + what),
                        pointer));
            }
            default -> {
                String text = message.getMessage();
                int colon = text.indexOf(": ");
                return Optional.of(finding(
                        Diagnostic.error(
                                Rule.VALUE_INVALID,
                                at,
                                "'" + field + "' in " + what + ": " + (colon >= 0 ? text.substring(colon + 2) : text)),
                        pointer));
            }
        }
    }

    private static Finding finding(Diagnostic diagnostic, String pointer) {
        return new Finding(diagnostic, pointer, pointer, null, null);
    }

    private static Diagnostic typeError(
            List<JsonNode> path,
            JsonNode value,
            JsonNode typed,
            String field,
            String what,
            InputKind kind,
            String pointer,
            SourcePosition at) {
        if (typed.isNull()) {
            return noValue(field, what, at);
        }
        JsonNode types = path.get(path.size() - 1);
        List<String> expected = new ArrayList<>();
        (types.isArray()
                        ? StreamSupport.stream(types.spliterator(), false)
                                .map(JsonNode::asText)
                                .toList()
                        : List.of(types.asText()))
                .stream().filter(t -> !t.equals("null")).forEach(expected::add);
        List<String> described =
                expected.stream().map(SchemaValidator::describeType).toList();
        String wanted = described.size() == 1
                ? described.get(0)
                : String.join(", ", described.subList(0, described.size() - 1)) + " or "
                        + described.get(described.size() - 1);
        String actual = describe(typed);
        if (pointer.isEmpty()) {
            String hint = kind == InputKind.STATEMENTS
                    ? "start the file with 'statements:' followed by list entries '- item: SP.01.01 BR'"
                    : "write the fields of the " + what + " as 'name: value' lines (see docs/formats.md)";
            return Diagnostic.error(
                    Rule.VALUE_INVALID, at, "the file must be " + wanted + " (" + what + "), not " + actual, hint);
        }
        String name = field(pointer).replace("'", "");
        String hint;
        List<String> levels = maturityLevels(path);
        if (expected.contains("string") && typed.isNumber() && !levels.isEmpty()) {
            // quoting a number does not make it a maturity level: say which values are
            String level = "ML" + value.asText();
            hint = (levels.contains(level) ? "did you mean '" + level + "'? " : "") + "a maturity level is one of "
                    + String.join(", ", levels);
        } else if (expected.contains("string") && (typed.isNumber() || typed.isBoolean())) {
            hint = "put the value in quotes: " + name + ": \"" + value.asText() + "\"";
        } else if (expected.contains("array")) {
            hint = "write one '- ' entry per line below '" + name + ":', or a list in brackets: " + name + ": [a, b]";
        } else if (expected.contains("object")) {
            hint = "write the fields of '" + name + "' as 'name: value' lines indented below '" + name + ":'";
        } else if (expected.equals(List.of("boolean"))) {
            hint = "write true or false";
        } else if (typed.isContainerNode()) {
            hint = "write a single value after '" + name + ":'";
        } else {
            hint = null;
        }
        String title = objectTitleOrNull(path);
        String shownWanted = expected.contains("object") && title != null && !title.equalsIgnoreCase(name)
                ? wanted + " (" + lowerFirst(title) + ")"
                : wanted;
        return Diagnostic.error(Rule.VALUE_INVALID, at, field + " must be " + shownWanted + ", not " + actual, hint);
    }

    /**
     * The maturity levels a field takes, from the {@code examples} of the field's schema (the node
     * before the type, or before the definition it refers to); empty for any other field.
     */
    private static List<String> maturityLevels(List<JsonNode> path) {
        for (int back = 2; back <= 3 && back <= path.size(); back++) {
            JsonNode examples = path.get(path.size() - back).path("examples");
            if (examples.isArray()
                    && examples.size() > 0
                    && examples.get(0).asText().matches("ML\\d")) {
                List<String> levels = new ArrayList<>();
                examples.forEach(e -> levels.add(e.asText()));
                return levels;
            }
        }
        return List.of();
    }

    private static Diagnostic patternError(
            String definition, String value, String field, String what, SourcePosition at) {
        switch (definition) {
            case "itemId" -> {
                try {
                    ItemId parsed = ItemId.parse(value);
                    return Diagnostic.error(
                            Rule.ID_INVALID, at, "invalid item id \"" + value + "\"", "did you mean '" + parsed + "'?");
                } catch (InvalidValueException e) {
                    return Diagnostic.error(Rule.ID_INVALID, at, e.getMessage(), e.suggestion());
                }
            }
            case "date", "optionalDate" -> {
                return Diagnostic.error(
                        Rule.VALUE_INVALID, at, "'" + value + "' is not a valid date", Dates.hint(value));
            }
            case "url" -> {
                return Diagnostic.error(
                        Rule.EVIDENCE_INVALID,
                        at,
                        "an evidence entry's url must be an http, https or mailto address: '" + value + "'",
                        "write the address in full, e.g. 'https://intranet.example/records/2026'");
            }
            case "fingerprint" -> {
                return Diagnostic.error(
                        Rule.VALUE_INVALID,
                        at,
                        "invalid text fingerprint \"" + value + "\"",
                        "write 'sha256:' and 64 lower-case hex digits, as the gap report prints it for the item");
            }
            case "requiredText", "version", "selector" -> {
                return noValue(field, what, at);
            }
            default -> {
                return Diagnostic.error(Rule.VALUE_INVALID, at, "'" + value + "' is not a valid value for " + field);
            }
        }
    }

    private static Diagnostic noValue(String field, String what, SourcePosition at) {
        return Diagnostic.error(
                Rule.FIELD_REQUIRED,
                at,
                field + " has no value in " + what,
                field.startsWith("entry ")
                        ? "remove the empty '-' entry, or write its value"
                        : "write a value after '" + field.replace("'", "") + ":' (see docs/formats.md)");
    }

    /** The schema nodes an evaluation path passes through, following local {@code $ref}s. */
    private static List<JsonNode> walk(JsonNode root, String evaluationPath) {
        List<JsonNode> visited = new ArrayList<>();
        JsonNode node = root;
        visited.add(node);
        if (!evaluationPath.isEmpty()) {
            for (String raw : evaluationPath.substring(1).split("/", -1)) {
                String segment = raw.replace("~1", "/").replace("~0", "~");
                if (segment.equals("$ref")) {
                    String ref = node.path("$ref").asText();
                    node = ref.startsWith("#") ? root.at(ref.substring(1)) : MissingNode.getInstance();
                } else if (node.isArray()) {
                    node = node.path(Integer.parseInt(segment));
                } else {
                    node = node.path(segment);
                }
                visited.add(node);
            }
        }
        return visited;
    }

    /** The title of the innermost mapping schema on the path, lower-cased for a sentence: "statement". */
    private static String objectTitle(List<JsonNode> path) {
        String title = objectTitleOrNull(path);
        return title == null ? "this file" : lowerFirst(title);
    }

    private static String objectTitleOrNull(List<JsonNode> path) {
        String title = null;
        for (JsonNode node : path) {
            if (node.has("title")
                    && (node.has("properties")
                            || node.path("type").asText().equals("object")
                            || node.path("type").toString().contains("\"object\""))) {
                title = node.get("title").asText();
            }
        }
        return title;
    }

    private static List<String> fieldNames(JsonNode objectSchema) {
        List<String> names = new ArrayList<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }

    /** How a message names the node at a pointer: 'owner', or entry 2 of 'procedures'. */
    private static String field(String pointer) {
        if (pointer.isEmpty()) {
            return "the file";
        }
        String[] parts = pointer.substring(1).split("/");
        String last = parts[parts.length - 1].replace("~1", "/").replace("~0", "~");
        if (last.matches("\\d+")) {
            String parent = parts.length > 1
                    ? parts[parts.length - 2].replace("~1", "/").replace("~0", "~")
                    : "list";
            return "entry " + (Integer.parseInt(last) + 1) + " of '" + parent + "'";
        }
        return "'" + last + "'";
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        if (node.isNull()) {
            return "nothing";
        }
        return "a text value";
    }

    private static String describeType(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "string" -> "a text value";
            case "number", "integer" -> "a number";
            case "boolean" -> "true or false";
            default -> type;
        };
    }

    private static String lowerFirst(String title) {
        if (title == null || title.length() < 2 || Character.isUpperCase(title.charAt(1))) {
            return title;
        }
        return Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
}
