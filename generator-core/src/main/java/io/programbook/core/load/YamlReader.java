package io.programbook.core.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.model.InvalidValueException;
import io.programbook.core.model.MissingFieldException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML into a tree that remembers where every node came from, and binds subtrees to the
 * model's records. Every problem becomes a diagnostic with the node's position; nothing is thrown
 * for a user's mistake. Thread-safe.
 */
public final class YamlReader {

    /** Limits that stop alias bombs and pathological nesting long before they cost memory. */
    static final int MAX_ALIASES = 50;

    static final int MAX_NESTING = 64;
    /** Values (scalars, mappings, lists) per document: a real program file has a few thousand. */
    static final int MAX_NODES = 200_000;

    /** YAML 1.2 core schema numbers: what editors and the JSON Schemas see as numbers. */
    private static final Pattern YAML_NUMBER =
            Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
                    + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private static final Pattern YAML_BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");

    private static final String ALIAS = "YAML aliases are not supported: ";

    private final YAMLFactory yaml;
    private final ObjectMapper mapper;
    private final SchemaValidator schemas = new SchemaValidator();

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setAllowDuplicateKeys(true); // reported by us, with both positions
        options.setCodePointLimit((int) TextReader.MAX_FILE_BYTES);
        this.yaml = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .build())
                .build();
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
    }

    /** Parses a file; on a syntax problem reports it and returns empty. */
    public Optional<YamlDocument> read(SourceFile source, Diagnostics diagnostics) {
        return TextReader.read(source, diagnostics).flatMap(text -> parse(source, text, diagnostics));
    }

    /**
     * Parses a file and checks it against the JSON Schema of its kind, reporting every violation at
     * its node. The nodes found wrong are marked, and {@link #bind} leaves them out without a second
     * report, so each mistake is reported once and all of a file's mistakes are reported together.
     */
    public Optional<YamlDocument> read(SourceFile source, InputKind kind, Diagnostics diagnostics) {
        return read(source, diagnostics).map(doc -> schemas.check(doc, kind, diagnostics));
    }

    Optional<YamlDocument> parse(SourceFile source, String text, Diagnostics diagnostics) {
        Map<String, SourcePosition> positions = new HashMap<>();
        Set<String> numbers = new HashSet<>();
        try (JsonParser parser = yaml.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.error(
                        Rule.FIELD_REQUIRED,
                        SourcePosition.wholeFile(source.displayName()),
                        "the file is empty",
                        "write the file's content (see docs/formats.md), or delete the file");
                return Optional.empty();
            }
            JsonNode root = readNode(parser, "", source, new Tree(positions, numbers), diagnostics);
            if (parser.nextToken() != null) {
                diagnostics.error(
                        Rule.YAML_SYNTAX,
                        position(source, parser.currentTokenLocation()),
                        "the file holds more than one YAML document",
                        "remove the '---' line and everything after it, " + "or move it into a file of its own");
                return Optional.empty();
            }
            return Optional.of(new YamlDocument(source, root, positions, numbers, Set.of(), text));
        } catch (JsonProcessingException e) {
            diagnostics.add(syntaxError(source, text, e));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(Rule.FILE_UNREADABLE, SourcePosition.wholeFile(source.displayName()), e.getMessage());
            return Optional.empty();
        }
    }

    /** What a parse collects besides the tree. */
    private static final class Tree {
        final Map<String, SourcePosition> positions;
        final Set<String> numbers;
        int nodes;

        Tree(Map<String, SourcePosition> positions, Set<String> numbers) {
            this.positions = positions;
            this.numbers = numbers;
        }
    }

    private JsonNode readNode(JsonParser p, String pointer, SourceFile source, Tree tree, Diagnostics diagnostics)
            throws IOException {
        Map<String, SourcePosition> positions = tree.positions;
        if (++tree.nodes > MAX_NODES) {
            throw new JsonParseException(
                    p, "the document has more than " + MAX_NODES + " values", p.currentTokenLocation());
        }
        positions.putIfAbsent(pointer, position(source, p.currentTokenLocation()));
        if (p instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
            // Jackson does not expand aliases: '*a' would silently read as the text "a".
            throw new JsonParseException(p, ALIAS + "'*" + p.getText() + "'", p.currentTokenLocation());
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = pointer + "/" + YamlDocument.escape(name);
                    SourcePosition keyAt = position(source, p.currentTokenLocation());
                    if (object.has(name)) {
                        diagnostics.error(
                                Rule.ID_DUPLICATE,
                                keyAt,
                                "duplicate key '" + name + "' (first at " + positions.get(child) + ")",
                                "remove one of the two '" + name + "' entries");
                    } else {
                        positions.put(child, keyAt);
                    }
                    p.nextToken();
                    object.set(name, readNode(p, child, source, tree, diagnostics));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readNode(p, pointer + "/" + index++, source, tree, diagnostics));
                }
                return array;
            }
            case VALUE_STRING -> {
                String text = p.getText();
                if (ControlCharacters.contains(text)) {
                    // the file itself holds none (TextReader): an escape sequence of a quoted value wrote it
                    diagnostics.error(
                            Rule.CONTROL_CHARACTER,
                            positions.get(pointer),
                            "the value holds the control character " + ControlCharacters.first(text)
                                    + ", written by an escape sequence",
                            "delete the escape sequence (such as \\0, \\e or \\x1b) from the quoted value");
                }
                return nodes.textNode(text);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                // Kept as written: '3.10' stays '3.10' when a version is bound to a string.
                if (YAML_NUMBER.matcher(p.getText()).matches()) {
                    tree.numbers.add(pointer);
                }
                return nodes.textNode(p.getText());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                // YAML 1.1 reads 'yes', 'no', 'on', 'off' as booleans; YAML 1.2 and editors read text.
                return YAML_BOOLEAN.matcher(p.getText()).matches()
                        ? nodes.booleanNode(p.getBooleanValue())
                        : nodes.textNode(p.getText());
            }
            default -> {
                return nodes.nullNode();
            }
        }
    }

    /**
     * Binds the node at the pointer to a record. Problems are reported at the offending node and
     * give empty, so a caller can bind each element of a list on its own and report all of them.
     */
    public <T> Optional<T> bind(
            YamlDocument document, String pointer, Class<T> type, String what, Diagnostics diagnostics) {
        if (!document.isValid(pointer)) {
            return Optional.empty(); // already reported by the schema check
        }
        JsonNode node = document.node(pointer);
        if (node.isMissingNode() || node.isNull()) {
            diagnostics.error(Rule.FIELD_REQUIRED, document.at(pointer), "missing " + what);
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.treeToValue(node, type));
        } catch (JsonProcessingException e) {
            diagnostics.add(bindingError(document, pointer, what, e));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            diagnostics.error(Rule.VALUE_INVALID, document.at(pointer), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Binds what is sound of a node the schema check found wrong, so that the cross-file checks
     * (duplicates, references) still see it and one run reports every mistake. The wrong members
     * are left out; nothing is reported here, since the schema check already did. Gives empty when
     * that is not possible without guessing: a wrong list entry, a wrong or incomplete mapping
     * itself, a misspelt field (dropping it could make later checks report its absence), or a
     * member named in {@code keep} (one whose absence would make later checks report false errors,
     * such as the roles of program.yaml).
     */
    public <T> Optional<T> bindSoundParts(YamlDocument document, String pointer, Class<T> type, Set<String> keep) {
        if (document.isValid(pointer)) {
            return bind(document, pointer, type, "", new Diagnostics());
        }
        JsonNode node = document.node(pointer);
        if (!node.isObject()) {
            return Optional.empty();
        }
        ObjectNode copy = node.deepCopy();
        for (String bad : document.invalid()) {
            if (!bad.startsWith(pointer + "/")) {
                if (pointer.startsWith(bad)) {
                    return Optional.empty(); // the node itself, or a mapping around it
                }
                continue;
            }
            String[] path = bad.substring(pointer.length() + 1).split("/");
            String last = path[path.length - 1];
            if (last.matches("\\d+") || keep.contains(path[0])) {
                return Optional.empty();
            }
            JsonNode parent = copy;
            for (int i = 0; i < path.length - 1; i++) {
                parent = parent.isArray() && path[i].matches("\\d+")
                        ? parent.path(Integer.parseInt(path[i]))
                        : parent.path(unescape(path[i]));
            }
            if (!(parent instanceof ObjectNode object)) {
                return Optional.empty();
            }
            object.remove(unescape(last));
        }
        try {
            return Optional.of(mapper.treeToValue(copy, type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    private Diagnostic bindingError(YamlDocument document, String pointer, String what, JsonProcessingException e) {
        String path = e instanceof JsonMappingException m ? pointer + pointerOf(m.getPath()) : pointer;
        SourcePosition at = document.at(path);
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .toList();
            return unknownField(at, u.getPropertyName(), known, what);
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause();
            if (cause instanceof MissingFieldException missing) {
                Optional<Diagnostic> typo = misspeltField(document, path, v.getType(), missing.field(), what);
                if (typo.isPresent()) {
                    return typo.get();
                }
                return Diagnostic.error(
                        Rule.FIELD_REQUIRED,
                        at,
                        missing.getMessage() + " in " + what,
                        "add '" + missing.field() + ":' (see docs/formats.md)");
            }
            if (cause instanceof InvalidValueException invalid) {
                Rule rule = invalid.getMessage().startsWith("invalid item id")
                        ? Rule.ID_INVALID
                        : invalid.getMessage().startsWith("an evidence entry")
                                ? Rule.EVIDENCE_INVALID
                                : Rule.VALUE_INVALID;
                return Diagnostic.error(rule, at, invalid.getMessage(), invalid.suggestion());
            }
            String message = cause == null ? v.getOriginalMessage() : cause.getMessage();
            return Diagnostic.error(Rule.VALUE_INVALID, at, message + " in " + what);
        }
        if (e instanceof InvalidFormatException f) {
            return invalidValue(at, f.getValue(), f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return Diagnostic.error(Rule.VALUE_INVALID, at, "expected " + describe(m.getTargetType()) + " here");
        }
        return Diagnostic.error(Rule.VALUE_INVALID, at, e.getOriginalMessage());
    }

    private static Diagnostic unknownField(SourcePosition at, String field, List<String> known, String what) {
        String hint = Suggestions.nearest(field, known)
                .map(s -> "did you mean '" + s + "'? Valid fields here: " + String.join(", ", known))
                .orElse("valid fields here: " + String.join(", ", known));
        return Diagnostic.error(Rule.FIELD_UNKNOWN, at, "unknown field '" + field + "' in " + what, hint);
    }

    /**
     * A required field is missing, but Jackson builds the record before it looks at unknown fields:
     * when an unknown field of the same mapping is a misspelling of the missing one ({@code ownr:}),
     * the misspelling is the finding to report.
     */
    private Optional<Diagnostic> misspeltField(
            YamlDocument document, String path, JavaType type, String missing, String what) {
        JsonNode node = document.node(path);
        if (type == null || !node.isObject()) {
            return Optional.empty();
        }
        List<String> known = mapper.getDeserializationConfig().introspect(type).findProperties().stream()
                .map(BeanPropertyDefinition::getName)
                .sorted()
                .toList();
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream()
                .filter(name -> !known.contains(name))
                .filter(name ->
                        Suggestions.nearest(name, known).filter(missing::equals).isPresent())
                .findFirst()
                .map(name -> unknownField(document.at(path + "/" + name), name, known, what));
    }

    private static Diagnostic invalidValue(SourcePosition at, Object value, Class<?> type) {
        if (type.isEnum()) {
            List<String> valid = Arrays.stream(type.getEnumConstants())
                    .map(YamlReader::enumLabel)
                    .toList();
            String hint = Suggestions.nearest(String.valueOf(value), valid)
                    .map(s -> "did you mean '" + s + "'? Valid values: " + String.join(", ", valid))
                    .orElse("valid values: " + String.join(", ", valid));
            return Diagnostic.error(Rule.VALUE_INVALID, at, "'" + value + "' is not a valid " + describe(type), hint);
        }
        if (type == LocalDate.class) {
            return Diagnostic.error(
                    Rule.VALUE_INVALID, at, "'" + value + "' is not a valid date", Dates.hint(String.valueOf(value)));
        }
        return Diagnostic.error(Rule.VALUE_INVALID, at, "'" + value + "' is not a valid " + describe(type));
    }

    private static String enumLabel(Object constant) {
        return ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a text value";
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum() || type.isRecord()) {
            String simple =
                    type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            return type.isRecord() ? "a mapping (" + simple + ")" : simple;
        }
        return type.getSimpleName();
    }

    private static String pointerOf(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(r ->
                        r.getFieldName() != null ? "/" + r.getFieldName() : r.getIndex() >= 0 ? "/" + r.getIndex() : "")
                .collect(Collectors.joining());
    }

    private static Diagnostic syntaxError(SourceFile source, String text, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        SourcePosition at =
                location == null ? SourcePosition.wholeFile(source.displayName()) : position(source, location);
        // SnakeYAML says what it was reading, then what went wrong; drop its excerpts and positions.
        String message = e.getOriginalMessage()
                .lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("at [Source"))
                .map(String::strip)
                .reduce((a, b) -> a + ", " + b)
                .orElse("invalid YAML");
        if (message.startsWith(ALIAS)) {
            return Diagnostic.error(
                    Rule.YAML_LIMIT,
                    at,
                    message,
                    "write the value out where it is needed instead of an anchor (&name) and an alias (*name)");
        }
        if (message.contains("(TAB)")) {
            return Diagnostic.error(
                    Rule.YAML_SYNTAX,
                    firstTab(source, text, at),
                    "YAML syntax error: a tab is used for indentation",
                    "indent with spaces; YAML does not allow tabs there");
        }
        if (message.contains("nesting depth") || message.contains("Nesting Depth")) {
            return limit(at, "mappings and lists are nested deeper than " + MAX_NESTING + " levels");
        }
        if (message.contains("code points")) {
            return limit(at, "the document is longer than " + TextReader.MAX_FILE_BYTES + " characters");
        }
        if (message.contains("exceeds") || message.contains("more than " + MAX_NODES)) {
            return limit(at, message);
        }
        return Diagnostic.error(Rule.YAML_SYNTAX, at, "YAML syntax error: " + message);
    }

    private static Diagnostic limit(SourcePosition at, String message) {
        return Diagnostic.error(Rule.YAML_LIMIT, at, "the document exceeds a safety limit: " + message);
    }

    /** The first tab in a line's indentation: where SnakeYAML's complaint about tabs really points. */
    private static SourcePosition firstTab(SourceFile source, String text, SourcePosition fallback) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int tab = line.indexOf('\t');
            if (tab >= 0 && line.substring(0, tab).isBlank()) {
                return SourcePosition.of(source.displayName(), i + 1, tab + 1);
            }
        }
        return fallback;
    }

    private static SourcePosition position(SourceFile source, JsonLocation location) {
        int line = Math.max(location.getLineNr(), 1);
        int column = Math.max(location.getColumnNr(), 1);
        return SourcePosition.of(source.displayName(), line, column);
    }
}
