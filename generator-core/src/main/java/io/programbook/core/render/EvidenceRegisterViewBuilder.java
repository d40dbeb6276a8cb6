package io.programbook.core.render;

import io.programbook.core.evidence.EvidenceRecord;
import io.programbook.core.evidence.EvidenceRegister;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Role;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.CoverageSummary;
import io.programbook.core.trace.Trace;
import io.programbook.core.trace.TraceMatrix;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prepares the evidence register: one row per record, by id. */
public final class EvidenceRegisterViewBuilder {

    public EvidenceRegisterView build(
            ProgramInputs inputs, ResolvedProfile profile, Trace trace, EvidenceRegister register, Messages messages) {
        MatrixView.Header header = new MatrixViewBuilder()
                .build(
                        inputs,
                        profile,
                        new TraceMatrix(List.of()),
                        CoverageSummary.of(trace, inputs.catalog().groups()),
                        messages)
                .header();
        List<EvidenceRegisterView.Row> rows =
                register.records().stream().map(r -> row(r, inputs, messages)).toList();
        List<EvidenceRecord> records = register.records();
        return new EvidenceRegisterView(
                header,
                rows,
                (int) records.stream()
                        .filter(r -> r.kind() == EvidenceRecord.Kind.FILE)
                        .count(),
                (int) records.stream().filter(EvidenceRecord::packaged).count(),
                (int) records.stream()
                        .filter(r -> r.kind() == EvidenceRecord.Kind.URL)
                        .count(),
                (int) records.stream()
                        .filter(r -> r.kind() == EvidenceRecord.Kind.RECORD)
                        .count(),
                (int) records.stream()
                        .filter(r -> r.kind() == EvidenceRecord.Kind.FILE && !r.present())
                        .count());
    }

    private static EvidenceRegisterView.Row row(EvidenceRecord r, ProgramInputs inputs, Messages messages) {
        return new EvidenceRegisterView.Row(
                Adoc.text(r.id()),
                anchor(r.id()),
                Adoc.text(r.title()),
                messages.get("register.kind." + r.kind().code()),
                location(r, messages),
                inputs.program()
                        .value()
                        .role(r.owner())
                        .map(Role::name)
                        .map(Adoc::text)
                        .orElse(Adoc.text(r.owner())),
                r.date() == null ? "" : messages.date(r.date()),
                r.validUntil() == null ? "" : messages.date(r.validUntil()),
                r.items().stream()
                        .map(i -> ItemId.tryParse(i)
                                .map(id -> "xref:handbook.adoc#" + id.anchor() + "[" + id + "]")
                                .orElse(Adoc.text(i)))
                        .collect(Collectors.joining(", ")),
                r.size().map(s -> size(s, messages)).orElse(""),
                r.sha256(),
                messages.get(r.shareable() ? "register.access.shareable" : "register.access.internal"),
                state(r, messages));
    }

    /**
     * How the documents show where a record is: a link into the assessor package for a file it holds,
     * a link for an address anyone may open; else the path or address as text and why it is not
     * linked; the description of a record kept elsewhere as plain text.
     */
    public static String location(EvidenceRecord r, Messages messages) {
        if (r.kind() == EvidenceRecord.Kind.RECORD) {
            return Adoc.text(r.location());
        }
        if (r.kind() == EvidenceRecord.Kind.FILE) {
            if (r.packaged()) {
                return "link:" + Adoc.linkTarget(r.packageHref()) + "[" + Adoc.text(r.location()) + "]";
            }
            return "`" + Adoc.text(r.location()) + "` "
                    + messages.get(r.present() ? "register.location.internal" : "register.location.missing");
        }
        if (r.internal()) {
            return "`" + Adoc.text(r.location()) + "` " + messages.get("register.location.on-request");
        }
        return "link:" + Adoc.linkTarget(r.location()) + "[" + Adoc.text(r.location()) + "]";
    }

    private static String state(EvidenceRecord r, Messages messages) {
        if (r.kind() == EvidenceRecord.Kind.FILE && !r.present()) {
            return messages.get("register.state.missing");
        }
        if (r.changed()) {
            return messages.get("register.state.changed");
        }
        return "";
    }

    /** A size for readers: bytes, KiB or MiB with one decimal. */
    static String size(long bytes, Messages messages) {
        if (bytes < 1024) {
            return messages.get("register.size.bytes", Long.toString(bytes));
        }
        if (bytes < 1024 * 1024) {
            return messages.get("register.size.kib", messages.decimal(bytes / 1024.0, 1));
        }
        return messages.get("register.size.mib", messages.decimal(bytes / (1024.0 * 1024.0), 1));
    }

    /** The anchor of a record in the register. */
    public static String anchor(String id) {
        return "evidence-" + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
