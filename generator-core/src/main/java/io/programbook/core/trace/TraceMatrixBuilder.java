package io.programbook.core.trace;

import io.programbook.core.diag.SourcePosition;
import io.programbook.core.evidence.EvidenceRecord;
import io.programbook.core.evidence.EvidenceRegister;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Evidence;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.ItemLinks;
import io.programbook.core.model.ItemLinks.Markup;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Role;
import io.programbook.core.model.Statement;
import io.programbook.core.model.Status;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.text.Messages;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds the plain-text {@link TraceMatrix} of a traced program. */
public final class TraceMatrixBuilder {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R\\s*");
    /** A line break inside a paragraph that does not start a list item: the lines are joined. */
    private static final Pattern JOINED_LINE_BREAK = Pattern.compile("[ \\t]*\\R[ \\t]*+(?!(?:[*.-]+|\\d+\\.) )");

    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\R[ \\t]*");

    /** The matrix in English. */
    public TraceMatrix build(ProgramInputs inputs, ResolvedProfile profile, Trace trace) {
        return build(inputs, profile, trace, Messages.english());
    }

    /** The matrix with the words (status, coverage, gap details) of the messages' language. */
    public TraceMatrix build(ProgramInputs inputs, ResolvedProfile profile, Trace trace, Messages messages) {
        Map<String, String> roles =
                inputs.program().value().roles().stream().collect(Collectors.toMap(Role::id, Role::name, (a, b) -> a));
        EvidenceRegister register = EvidenceRegister.of(inputs);
        Map<ItemId, SourcePosition> sources = new HashMap<>();
        for (Located<Statement> located : inputs.statements()) {
            Statement s = located.value();
            sources.putIfAbsent(
                    s.item(), located.position(s.status() == Status.NOT_APPLICABLE ? "justification" : "text"));
        }
        List<TraceMatrix.Row> rows = trace.inScope().stream()
                .map(row ->
                        row(row, roles, profile.parameters(), sources, register, messages, inputs.customerAudience()))
                .toList();
        return new TraceMatrix(rows);
    }

    private static TraceMatrix.Row row(
            TraceRow row,
            Map<String, String> roles,
            Map<String, String> parameters,
            Map<ItemId, SourcePosition> sources,
            EvidenceRegister register,
            Messages messages,
            boolean outside) {
        var item = row.resolved().item();
        var statement = row.statement();
        return new TraceMatrix.Row(
                item.id().toString(),
                item.id().anchor(),
                item.title(),
                row.resolved().group().id(),
                row.resolved().group().name(),
                statement.map(s -> messages.get(s.status().message())).orElse(messages.get("status.none")),
                row.resolved().targetMaturity(),
                statement.map(Statement::maturity).orElse(""),
                statement.map(s -> roles.getOrDefault(s.owner(), s.owner())).orElse(""),
                statement
                        .map(s -> s.status() == Status.NOT_APPLICABLE
                                ? plainText(s.justification(), Markup.PLAIN_TEXT, parameters)
                                : plainText(s.text(), parameters))
                        .orElse(""),
                row.procedures().stream().map(Procedure::title).toList(),
                statement
                        .map(s -> s.evidence().stream()
                                .map(e -> evidence(e, row, register, messages, outside))
                                .toList())
                        .orElse(List.of()),
                statement
                        .flatMap(Statement::lastVerification)
                        .map(v -> messages.get(
                                "matrix.last-verification", v.date(), v.result().message(), v.by()))
                        .orElse(""),
                messages.get(row.coverage().message()),
                // A reader outside the provider reads the gaps' names, not their codes.
                row.gaps().stream()
                        .map(g -> outside
                                ? messages.get(g.kind().title())
                                : g.kind().code())
                        .toList(),
                row.gaps().stream().map(g -> g.detail(messages, outside)).toList(),
                statement.map(s -> sources.get(s.item())));
    }

    /**
     * An evidence entry. For a reader outside the provider (a customer edition), a file is named by
     * its title only (a record kept elsewhere by its title and description), and an entry that is not
     * shareable, or sits on an internal host, is shown as available on request; the provider's own matrix links shareable files into the assessor package.
     */
    private static TraceMatrix.EvidenceCell evidence(
            Evidence e, TraceRow row, EvidenceRegister register, Messages messages, boolean outside) {
        Optional<EvidenceRecord> record = register.recordOf(e);
        boolean onRequest =
                outside && record.map(r -> !r.shareable() || r.internal()).orElse(!Boolean.TRUE.equals(e.shareable()));
        String href;
        if (outside) {
            href = onRequest || !e.urlBased() ? "" : e.url();
        } else {
            href = record.map(r -> r.packaged()
                            ? r.packageHref()
                            : r.kind() == EvidenceRecord.Kind.URL && !r.internal() ? e.url() : "")
                    .orElse("");
        }
        return new TraceMatrix.EvidenceCell(
                onRequest ? messages.get("customer.evidence.on-request", e.title()) : e.title(),
                onRequest || (outside && e.fileBased()) ? "" : e.location(),
                e.urlBased() && !onRequest,
                e.recordBased(),
                e.date() == null ? "" : messages.date(e.date()),
                !outside && e.fileBased() && row.missingEvidence().contains(e.file()),
                messages.get("common.evidence.file-missing"),
                record.map(EvidenceRecord::id).orElse(""),
                href);
    }

    /**
     * A statement's AsciiDoc as a spreadsheet shows it: profile parameters replaced by their values,
     * each {@code req:[SP.01.01 BR]} the handbook links as the plain id (an escaped or verbatim one as
     * the handbook shows it), the lines of a paragraph joined (list items keep their own line),
     * paragraphs separated by a blank line.
     */
    public static String plainText(String adoc, Map<String, String> parameters) {
        return plainText(adoc, Markup.ASCIIDOC, parameters);
    }

    static String plainText(String adoc, Markup markup, Map<String, String> parameters) {
        String text = ItemLinks.replace(
                adoc, markup, link -> link.id().map(ItemId::toString).orElse(link.written()));
        text = ResolvedProfile.substituteParameters(text, parameters);
        return Arrays.stream(PARAGRAPH_BREAK.split(text.strip()))
                .map(paragraph -> LINE_BREAK
                        .matcher(JOINED_LINE_BREAK.matcher(paragraph.strip()).replaceAll(" "))
                        .replaceAll("\n"))
                .collect(Collectors.joining("\n\n"));
    }
}
