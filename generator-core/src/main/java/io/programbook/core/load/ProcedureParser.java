package io.programbook.core.load;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.model.InvalidValueException;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.ItemLinks;
import io.programbook.core.model.ItemLinks.Markup;
import io.programbook.core.model.ItemRef;
import io.programbook.core.model.Procedure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a procedure's AsciiDoc header (title and {@code :pb-*:} attributes) and the item links in
 * its body (those the handbook renders, see {@link ItemLinks}), without starting Asciidoctor: the header grammar is simple and this keeps validation
 * fast and able to point at exact lines.
 */
final class ProcedureParser {

    private static final Pattern ATTRIBUTE = Pattern.compile(":([A-Za-z0-9_][A-Za-z0-9_-]*!?):\\s*(.*)");
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A(?:[ \\t]*\\n)+");

    private ProcedureParser() {}

    static Optional<Procedure> parse(String id, String source, String text, Diagnostics diagnostics) {
        List<String> lines = text.lines().toList();
        int i = 0;
        while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).startsWith("//"))) {
            i++;
        }
        if (i >= lines.size() || !lines.get(i).startsWith("= ")) {
            diagnostics.error(
                    Rule.ASCIIDOC,
                    SourcePosition.of(source, Math.min(i + 1, Math.max(lines.size(), 1)), 1),
                    "procedure '" + id + "' has no document title",
                    "start the file with a level-0 title line such as '= Staff onboarding'");
            return Optional.empty();
        }
        String title = lines.get(i).substring(2).strip();
        i++;
        List<ItemRef> satisfies = new ArrayList<>();
        String owner = "";
        SourcePosition ownerAt = SourcePosition.of(source, i, 1);
        while (i < lines.size() && !lines.get(i).isBlank()) {
            Matcher m = ATTRIBUTE.matcher(lines.get(i));
            if (m.matches()) {
                int valueColumn = m.start(2) + 1;
                switch (m.group(1)) {
                    case "pb-satisfies" -> satisfies.addAll(ids(m.group(2), source, i + 1, valueColumn, diagnostics));
                    case "pb-owner" -> {
                        owner = m.group(2).strip();
                        ownerAt = SourcePosition.of(source, i + 1, valueColumn);
                    }
                    default -> {
                        if (m.group(1).startsWith("pb-")) {
                            diagnostics.error(
                                    Rule.FIELD_UNKNOWN,
                                    SourcePosition.of(source, i + 1, 2),
                                    "unknown procedure attribute ':" + m.group(1) + ":'",
                                    "use :pb-satisfies: (item ids) or :pb-owner: (a role id)");
                        }
                    }
                }
            }
            i++;
        }
        for (int line = 0; line < lines.size(); line++) {
            Matcher include = AsciidocDirectives.INCLUDE.matcher(lines.get(line));
            if (include.find()) {
                diagnostics.error(
                        Rule.INCLUDE_UNSUPPORTED,
                        SourcePosition.of(source, line + 1, 1),
                        "procedure '" + id + "' includes '" + include.group(1) + "', which is not read");
            }
        }
        String bodyText = String.join("\n", lines.subList(i, lines.size()));
        List<ItemRef> references = new ArrayList<>();
        for (ItemLinks.Link link : ItemLinks.find(bodyText, Markup.ASCIIDOC)) {
            SourcePosition position = SourcePosition.of(source, i + link.line() + 1, link.targetColumn() + 1);
            try {
                references.add(new ItemRef(link.parse(), position));
            } catch (InvalidValueException e) {
                diagnostics.error(Rule.ID_INVALID, position, e.getMessage(), e.suggestion());
            }
        }
        // only blank lines go: an indented first line keeps its indent, which makes it a literal paragraph
        Matcher blank = LEADING_BLANK_LINES.matcher(bodyText);
        int skipped = blank.lookingAt()
                ? (int) blank.group().chars().filter(c -> c == '\n').count()
                : 0;
        String body = blank.replaceFirst("").stripTrailing();
        return Optional.of(
                new Procedure(id, title, source, satisfies, references, owner, ownerAt, body, i + 1 + skipped));
    }

    private static List<ItemRef> ids(String list, String source, int line, int column, Diagnostics diagnostics) {
        List<ItemRef> refs = new ArrayList<>();
        int offset = 0;
        for (String part : list.split(",", -1)) {
            String raw = part.strip();
            int at = column + offset + part.indexOf(raw.isEmpty() ? part : raw);
            offset += part.length() + 1;
            if (raw.isEmpty()) {
                continue;
            }
            SourcePosition position = SourcePosition.of(source, line, at);
            try {
                refs.add(new ItemRef(ItemId.parse(raw), position));
            } catch (InvalidValueException e) {
                diagnostics.error(Rule.ID_INVALID, position, e.getMessage(), e.suggestion());
            }
        }
        return refs;
    }
}
