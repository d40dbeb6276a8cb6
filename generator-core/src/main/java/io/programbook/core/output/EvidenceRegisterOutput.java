package io.programbook.core.output;

import io.programbook.core.api.OutputFormat;
import io.programbook.core.evidence.EvidenceRecord;
import io.programbook.core.evidence.EvidenceRegister;
import io.programbook.core.render.EvidenceRegisterViewBuilder;
import io.programbook.core.table.Column;
import io.programbook.core.table.Table;
import io.programbook.core.table.TabularFormat;
import io.programbook.core.text.Messages;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The evidence register for assessors: every record the statements cite, once, with its id, owner,
 * dates, the items it supports, and the size and SHA-256 of files; {@code evidence-register.adoc},
 * {@code .html} and {@code .pdf} when asked for, and its table in every {@link TabularFormat}
 * ({@code .csv}, {@code .xlsx}, {@code .json}) always.
 */
public final class EvidenceRegisterOutput extends GeneratedDocument {

    public static final String ID = "evidence-register";

    /** The table's columns: the stable ids of its JSON fields, never translated. */
    public static final List<Column<EvidenceRecord>> COLUMNS = List.of(
            new Column<>("id", "register.column.id", 30, EvidenceRecord::id),
            new Column<>("title", "register.column.title", 50, EvidenceRecord::title),
            new Column<>("kind", "register.column.kind", 8, r -> r.kind().code()),
            new Column<>("location", "register.column.location", 50, EvidenceRecord::location),
            new Column<>("owner", "register.column.owner", 20, EvidenceRecord::owner),
            new Column<>("date", "register.column.date", 12, r -> Objects.toString(r.date(), "")),
            new Column<>("validUntil", "register.column.valid-until", 12, r -> Objects.toString(r.validUntil(), "")),
            new Column<>("items", "register.column.items", 40, r -> String.join(", ", r.items())),
            new Column<>(
                    "sizeBytes",
                    "register.column.size",
                    12,
                    r -> r.size().map(String::valueOf).orElse("")),
            new Column<>("sha256", "register.column.sha256", 66, EvidenceRecord::sha256),
            new Column<>("shareable", "register.column.shareable", 10, r -> Boolean.toString(r.shareable())),
            new Column<>("state", "register.column.state", 12, EvidenceRegisterOutput::state));

    private final EvidenceRegisterViewBuilder views = new EvidenceRegisterViewBuilder();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<OutputFormat> formats() {
        return Set.of(OutputFormat.ADOC, OutputFormat.HTML, OutputFormat.PDF);
    }

    @Override
    public Map<String, Object> model(OutputContext context) {
        return Map.of(
                "register",
                views.build(
                        context.inputs(),
                        context.profile(),
                        context.trace(),
                        EvidenceRegister.of(context.inputs()),
                        context.messages()));
    }

    @Override
    public List<String> fileNames() {
        return Stream.concat(super.fileNames().stream(), TabularFormat.fileNames(id()).stream())
                .toList();
    }

    @Override
    protected List<String> dataFiles() {
        return TabularFormat.fileNames(id());
    }

    /** Internal: the register names every record by its place in the program folder and its owner. */
    @Override
    public boolean internal() {
        return true;
    }

    @Override
    public void write(OutputContext context, OutputFiles files) {
        if (!writtenFor(context)) {
            return;
        }
        super.write(context, files);
        Messages messages = context.messages();
        var program = context.inputs().program().value();
        EvidenceRegister register = EvidenceRegister.of(context.inputs());
        Table table = Table.of(
                new Table.About(
                        id(),
                        messages.get("register.sheet"),
                        title(context, messages),
                        program.organisation().name(),
                        Optional.ofNullable(program.program().date())),
                COLUMNS,
                register.records(),
                r -> Optional.of(r.at()),
                messages);
        for (TabularFormat format : TabularFormat.values()) {
            String name = format.fileName(id());
            files.bytes(name, format.write(table, messages, context.diagnostics(), context.displayName(name)));
        }
    }

    /** {@code missing} for a file that does not exist, {@code changed} for one whose hash differs, else empty. */
    private static String state(EvidenceRecord r) {
        if (r.kind() == EvidenceRecord.Kind.FILE && !r.present()) {
            return "missing";
        }
        return r.changed() ? "changed" : "";
    }
}
