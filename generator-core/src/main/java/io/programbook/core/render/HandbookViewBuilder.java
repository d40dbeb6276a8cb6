package io.programbook.core.render;

import io.programbook.core.evidence.EvidenceRecord;
import io.programbook.core.evidence.EvidenceRegister;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Action;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Customer;
import io.programbook.core.model.Deviation;
import io.programbook.core.model.Evidence;
import io.programbook.core.model.ItemLinks;
import io.programbook.core.model.ItemLinks.Markup;
import io.programbook.core.model.ItemRef;
import io.programbook.core.model.OfficialText;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Profile;
import io.programbook.core.model.Program;
import io.programbook.core.model.Role;
import io.programbook.core.model.Statement;
import io.programbook.core.model.Status;
import io.programbook.core.render.HandbookView.AreaView;
import io.programbook.core.render.HandbookView.EvidenceView;
import io.programbook.core.render.HandbookView.ExcludedView;
import io.programbook.core.render.HandbookView.ItemView;
import io.programbook.core.render.HandbookView.Link;
import io.programbook.core.render.HandbookView.ProcedureView;
import io.programbook.core.render.HandbookView.VerificationView;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.Coverage;
import io.programbook.core.trace.Trace;
import io.programbook.core.trace.TraceRow;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Prepares the handbook's view model: all sorting, grouping, counting and formatting happens here. */
public final class HandbookViewBuilder {

    public HandbookView build(ProgramInputs inputs, ResolvedProfile profile, Trace trace, Messages messages) {
        Program program = inputs.program().value();
        Catalog catalog = inputs.catalog();
        Map<String, Role> roles = program.roles().stream().collect(Collectors.toMap(Role::id, r -> r, (a, b) -> a));
        Optional<Customer> customer = inputs.edition().map(e -> e.customer().value());
        boolean outside = inputs.customerAudience();
        EvidenceRegister register = EvidenceRegister.of(inputs);

        List<AreaView> areas = catalog.groups().stream()
                .map(group -> {
                    List<ItemView> items = trace.rows().stream()
                            .filter(r -> r.resolved().group().id().equals(group.id())
                                    && r.resolved().inScope())
                            .map(r -> item(r, roles, catalog, register, messages, customer, outside))
                            .toList();
                    int excluded = (int) trace.rows().stream()
                            .filter(r -> r.resolved().group().id().equals(group.id())
                                    && !r.resolved().inScope())
                            .count();
                    return new AreaView(
                            group.id(),
                            anchor(group.id()),
                            Adoc.text(group.name()),
                            Adoc.text(group.description()),
                            items,
                            excluded);
                })
                .toList();

        List<ExcludedView> excluded = profile.excluded().stream()
                .map(r -> new ExcludedView(
                        r.item().id().toString(),
                        r.item().id().anchor(),
                        Adoc.text(r.item().title()),
                        Adoc.text(r.group().id() + " " + r.group().name()),
                        Adoc.text(r.rationale(messages)),
                        // A reader outside the provider sees the decision, not where it is written.
                        Adoc.text(
                                outside
                                        ? messages.get(r.scopeDecision().message())
                                        : messages.get(r.scopeDecision().message()) + " ("
                                                + r.scopeDecision().at() + ")")))
                .toList();

        List<ProcedureView> procedures = inputs.procedures().stream()
                .map(p -> new ProcedureView(
                        p.id(),
                        procedureAnchor(p.id()),
                        Adoc.text(p.title()),
                        roleName(p.owner(), roles),
                        p.satisfies().stream()
                                .map(ItemRef::id)
                                .distinct()
                                .sorted()
                                .map(id -> new Link(id.anchor(), id.toString()))
                                .toList(),
                        itemLinks(p.body())))
                .toList();

        Map<Coverage, Long> counts = trace.countByCoverage();
        List<Statement> inScopeStatements =
                trace.inScope().stream().flatMap(r -> r.statement().stream()).toList();
        long additions = profile.items().stream()
                .filter(i -> !i.source().equals(profile.catalog().reference()))
                .count();
        HandbookView.Summary summary = new HandbookView.Summary(
                additions == 0
                        ? String.valueOf(profile.items().size())
                        : messages.get(
                                "handbook.summary.catalog-items.additions",
                                profile.items().size() - additions,
                                additions),
                profile.inScope().size(),
                profile.excluded().size(),
                counts.get(Coverage.COVERED).intValue(),
                counts.get(Coverage.GAP).intValue(),
                count(inScopeStatements, Status.IMPLEMENTED),
                count(inScopeStatements, Status.PARTIAL),
                count(inScopeStatements, Status.PLANNED),
                count(inScopeStatements, Status.NOT_APPLICABLE),
                (int) trace.inScope().stream()
                        .filter(r -> r.statement().isEmpty())
                        .count(),
                messages.coverage(
                        trace.coveragePercent(),
                        counts.get(Coverage.COVERED).intValue(),
                        counts.get(Coverage.COVERED).intValue()
                                + counts.get(Coverage.GAP).intValue()));

        Profile own = profile.profile();
        HandbookView.Document document = new HandbookView.Document(
                Adoc.text(program.program().title()),
                Adoc.text(program.organisation().name()),
                Adoc.text(program.organisation().address()),
                Adoc.text(program.organisation().contact()),
                Adoc.text(program.program().version()),
                program.program().date() == null
                        ? ""
                        : messages.date(program.program().date()),
                Adoc.text(catalog.title()),
                catalog.reference(),
                Adoc.text(catalog.note()),
                own.id(),
                Adoc.text(own.name()),
                Adoc.text(own.version()),
                Adoc.text(own.description()),
                Adoc.text(profile.profiles().stream().map(Profile::id).collect(Collectors.joining(" → "))),
                itemLinks(program.scope()),
                Adoc.text(profile.provenance().additions().stream()
                        .map(a -> a.catalog().title() + " (" + a.catalog().reference()
                                + (outside ? "" : ", " + a.file()) + ")")
                        .collect(Collectors.joining("; "))),
                profile.overlay().map(o -> Adoc.text(o.notice(catalog.title()))).orElse(""),
                messages.get(
                        "handbook.about.purpose." + String.join("-", program.services()),
                        Adoc.text(program.organisation().name())));

        List<HandbookView.RoleView> roleViews = program.roles().stream()
                .map(r -> new HandbookView.RoleView(r.id(), Adoc.text(r.name()), Adoc.text(r.description()), (int)
                        inScopeStatements.stream()
                                .filter(s -> s.owner().equals(r.id()))
                                .count()))
                .toList();
        List<HandbookView.ParameterView> parameters = profile.parameters().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new HandbookView.ParameterView(
                        e.getKey(),
                        Adoc.text(e.getValue()),
                        e.getValue().strip().replaceAll("\\s*\\R\\s*", " ")))
                .toList();
        return new HandbookView(
                document,
                summary,
                roleViews,
                areas,
                excluded,
                procedures,
                parameters,
                customer.map(c -> customerView(c, inScopeStatements, program, messages))
                        .orElse(null));
    }

    /** The customer's chapter: who it is, what its asset owner has to do, the deviations it accepted. */
    private static HandbookView.CustomerView customerView(
            Customer customer, List<Statement> statements, Program program, Messages messages) {
        List<HandbookView.DutyView> duties = statements.stream()
                .sorted(Comparator.comparing(Statement::item))
                .flatMap(s -> s.assetOwner().stream()
                        .map(task -> new HandbookView.DutyView(
                                Adoc.text(task),
                                new Link(s.item().anchor(), s.item().toString()))))
                .toList();
        Optional<LocalDate> asOf = Optional.ofNullable(program.program().date());
        List<HandbookView.DeviationView> deviations = customer.deviations().stream()
                .sorted(Comparator.comparing(Deviation::item))
                .map(d -> new HandbookView.DeviationView(
                        new Link(d.item().anchor(), d.item().toString()),
                        Adoc.text(d.difference()),
                        Adoc.text(d.compensation()),
                        Adoc.text(d.acceptedBy()),
                        messages.date(d.acceptedOn()),
                        messages.date(d.validUntil()),
                        asOf.map(d::expiredOn).orElse(false)))
                .toList();
        return new HandbookView.CustomerView(
                Adoc.text(customer.name()), Adoc.text(customer.contact()), duties, deviations);
    }

    /**
     * The position agreed with the asset owner on an item: the deviation it accepted, or how and
     * by when a gap is closed; empty when the item is covered without a deviation.
     */
    private static String position(TraceRow row, Optional<Customer> customer, Messages messages) {
        Optional<Deviation> deviation =
                customer.flatMap(c -> c.deviation(row.resolved().item().id()));
        if (deviation.isPresent()) {
            Deviation d = deviation.get();
            return Adoc.text(messages.get(
                    "customer.position.deviation",
                    d.acceptedBy(),
                    messages.date(d.acceptedOn()),
                    messages.date(d.validUntil()),
                    d.difference(),
                    d.compensation()));
        }
        if (row.coverage() != Coverage.GAP) {
            return "";
        }
        Optional<Action> action = row.statement().flatMap(Statement::plannedAction);
        if (action.isPresent() && action.get().due() != null && action.get().state() == Action.State.OPEN) {
            return Adoc.text(messages.get(
                    "customer.position.planned.due", messages.date(action.get().due())));
        }
        boolean planned = row.statement()
                .map(s -> s.status() == Status.PLANNED || s.status() == Status.PARTIAL)
                .orElse(false);
        return Adoc.text(messages.get(planned ? "customer.position.planned" : "customer.position.open"));
    }

    private static ItemView item(
            TraceRow row,
            Map<String, Role> roles,
            Catalog catalog,
            EvidenceRegister register,
            Messages messages,
            Optional<Customer> customer,
            boolean outside) {
        var resolved = row.resolved();
        Optional<Statement> statement = row.statement();
        return new ItemView(
                resolved.item().id().toString(),
                resolved.item().id().anchor(),
                Adoc.text(resolved.item().title()),
                resolved.item().id().isBaseRequirement() ? "BR" : "RE",
                resolved.item().deliversDocument(),
                statement.map(s -> s.status().label()).orElse("no-statement"),
                statement.map(s -> messages.get(s.status().message())).orElse(messages.get("status.none")),
                resolved.targetMaturity(),
                statement.map(Statement::maturity).filter(m -> !m.isEmpty()).orElse("–"),
                statement.map(s -> roleName(s.owner(), roles)).orElse("–"),
                messages.get(row.coverage().message()),
                statement.map(s -> itemLinks(s.text())).orElse(""),
                statement.map(s -> textWithLinks(s.justification())).orElse(""),
                row.procedures().stream()
                        .map(p -> new Link(procedureAnchor(p.id()), Adoc.text(p.title())))
                        .toList(),
                statement
                        .map(s -> s.evidence().stream()
                                .map(e -> evidence(e, row, register, messages, outside))
                                .toList())
                        .orElse(List.of()),
                statement
                        .map(s -> s.verification().stream()
                                .map(v -> new VerificationView(
                                        Adoc.text(v.by()),
                                        messages.date(v.date()),
                                        messages.get(v.result().message()),
                                        Adoc.text(v.note())))
                                .toList())
                        .orElse(List.of()),
                // A reader outside the provider sees the agreed position instead of the internal gaps.
                outside
                        ? List.of()
                        : row.gaps().stream()
                                .map(g -> Adoc.text(g.detail(messages)))
                                .toList(),
                resolved.official().map(o -> official(o, catalog, messages)).orElse(null),
                customer.isPresent() && outside ? position(row, customer, messages) : "");
    }

    private static HandbookView.Official official(OfficialText text, Catalog catalog, Messages messages) {
        String key = "handbook.official"
                + (text.topic().isEmpty() ? "" : text.subtopic().isEmpty() ? ".topic" : ".topic-subtopic")
                + (text.topic().isEmpty() && !text.subtopic().isEmpty() ? ".subtopic" : "");
        String label = messages.get(key, catalog.reference(), text.topic(), text.subtopic());
        return new HandbookView.Official(Adoc.text(label), Adoc.paragraphs(text.text()));
    }

    private static EvidenceView evidence(
            Evidence e, TraceRow row, EvidenceRegister register, Messages messages, boolean outside) {
        Optional<EvidenceRecord> record = register.recordOf(e);
        String shown = record.map(r -> outside ? shownOutside(e, r, messages) : shown(e, r, messages))
                .orElse(Adoc.text(e.title()));
        return new EvidenceView(
                Adoc.text(e.title()),
                outside ? "" : e.urlBased() ? Adoc.linkTarget(e.url()) : Adoc.text(e.location()),
                e.urlBased(),
                e.date() == null ? "" : messages.date(e.date()),
                !outside && e.fileBased() && row.missingEvidence().contains(e.file()),
                record.map(r -> Adoc.text(r.id())).orElse(""),
                shown);
    }

    /**
     * An evidence entry for a reader outside the provider: what is not shareable, or sits on an
     * internal host, is available on request; a shareable address is linked; a file is named by
     * its title, as its place in the program folder means nothing to the reader; a record kept
     * elsewhere by its title and where it is kept.
     */
    private static String shownOutside(Evidence e, EvidenceRecord r, Messages messages) {
        String title = Adoc.text(e.title());
        if (!r.shareable() || r.internal()) {
            return messages.get("customer.evidence.on-request", title);
        }
        return switch (r.kind()) {
            case FILE -> title;
            case RECORD -> record(e, r, messages);
            case URL -> "link:" + Adoc.linkTarget(e.url()) + "[" + title + "]";
        };
    }

    /** A record kept elsewhere: its title and where it is, both plain text. */
    private static String record(Evidence e, EvidenceRecord r, Messages messages) {
        return messages.get("evidence.record.shown", Adoc.text(e.title()), Adoc.text(r.location()));
    }

    /**
     * An evidence entry as the documents show it: its title linked into the assessor package (a
     * shareable file) or to its address (one anyone may open); else the title with the path, and
     * why it is not linked; a record kept elsewhere with where it is.
     */
    static String shown(Evidence e, EvidenceRecord r, Messages messages) {
        String title = Adoc.text(e.title());
        if (r.kind() == EvidenceRecord.Kind.RECORD) {
            return record(e, r, messages);
        }
        if (r.kind() == EvidenceRecord.Kind.FILE) {
            if (r.packaged()) {
                return "link:" + Adoc.linkTarget(r.packageHref()) + "[" + title + "]";
            }
            return title + " (`" + Adoc.text(e.file()) + "`"
                    + (r.present() ? ", " + messages.get("register.location.internal.short") : "") + ")";
        }
        if (r.internal()) {
            return title + " " + messages.get("register.location.on-request");
        }
        return "link:" + Adoc.linkTarget(e.url()) + "[" + title + "]";
    }

    private static String roleName(String roleId, Map<String, Role> roles) {
        Role role = roles.get(roleId);
        return role == null ? Adoc.text(roleId) : Adoc.text(role.name());
    }

    private static int count(List<Statement> statements, Status status) {
        return (int) statements.stream().filter(s -> s.status() == status).count();
    }

    /**
     * Turns each {@code req:[SP.01.01 BR]} the handbook renders into a cross reference to the item's
     * section, or to its row under "Excluded items" when the profile excludes it (the validator warns
     * about those and has already rejected links to unknown items). {@link ItemLinks} decides where
     * AsciiDoc renders a link: not in listing, literal, passthrough and comment blocks, literal
     * paragraphs, inline passthroughs and comment lines; {@code \req:[…]} escapes one.
     *
     * <p>Done here, while the handbook is written, rather than by an Asciidoctor extension: the
     * generated AsciiDoc stays standard, so any AsciiDoc tool (an IDE preview, asciidoctor-pdf, the
     * asciidoctor-maven-plugin) converts it with working links, and the shared Asciidoctor instance
     * needs no extension registry.
     */
    static String itemLinks(String adoc) {
        return ItemLinks.replace(adoc, Markup.ASCIIDOC, HandbookViewBuilder::crossReference);
    }

    /**
     * Plain text (a justification) for a paragraph or table cell, escaped like {@link Adoc#text},
     * with its item links as cross references.
     */
    static String textWithLinks(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String oneLine = value.strip().replaceAll("\\s*\\R\\s*", " ");
        StringBuilder out = new StringBuilder();
        for (ItemLinks.Part part : ItemLinks.parts(oneLine, Markup.PLAIN_TEXT)) {
            if (part instanceof ItemLinks.Link link) {
                out.append(crossReference(link));
            } else {
                String text = ((ItemLinks.Text) part).text();
                String escaped = Adoc.text(text);
                boolean before = Character.isWhitespace(text.charAt(0));
                boolean after = Character.isWhitespace(text.charAt(text.length() - 1));
                out.append(escaped.isEmpty() ? " " : (before ? " " : "") + escaped + (after ? " " : ""));
            }
        }
        return out.toString().strip();
    }

    private static String crossReference(ItemLinks.Link link) {
        return link.id().map(id -> "<<" + id.anchor() + "," + id + ">>").orElse(link.written());
    }

    static String anchor(String groupId) {
        return "area-" + groupId.toLowerCase(Locale.ROOT).replace('.', '-');
    }

    static String procedureAnchor(String procedureId) {
        return "procedure-" + procedureId;
    }

    /** Procedure anchor for a procedure, for templates of other documents. */
    public static String anchorOf(Procedure procedure) {
        return procedureAnchor(procedure.id());
    }
}
