package io.programbook.core.render;

import io.programbook.core.history.History;
import io.programbook.core.history.Release;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.DocumentControl;
import io.programbook.core.model.DocumentStatus;
import io.programbook.core.model.Placeholder;
import io.programbook.core.model.Program;
import io.programbook.core.model.Role;
import io.programbook.core.model.Signoff;
import io.programbook.core.model.Statement;
import io.programbook.core.model.WrittenRevision;
import io.programbook.core.text.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Prepares the document-control section: owner, sign-offs, status, review dates, the revision
 * history (Git's releases and the written revisions) and what keeps the documents a draft.
 */
public final class ControlViewBuilder {

    public ControlView build(ProgramInputs inputs, History history, Messages messages) {
        Program program = inputs.program().value();
        Optional<DocumentControl> control = program.control();
        DocumentStatus status = control.map(DocumentControl::status).orElse(DocumentStatus.DRAFT);
        List<ControlView.Unfinished> unfinished = unfinished(inputs);
        List<String> reasons = new ArrayList<>();
        if (control.isPresent() && status != DocumentStatus.RELEASED) {
            reasons.add(Adoc.text(messages.get("control.draft.status", messages.get(status.message()))));
        }
        if (!unfinished.isEmpty()) {
            reasons.add(Adoc.text(messages.get("control.draft.placeholders", unfinished.size())));
        }
        LocalDate date = program.program().date();
        return new ControlView(
                control.isPresent(),
                Adoc.text(messages.get(status.message())),
                status.label(),
                control.map(c -> roleName(c.owner(), program)).orElse(""),
                Adoc.text(control.map(DocumentControl::classification).orElse("")),
                Adoc.text(String.join(
                        ", ", control.map(DocumentControl::distribution).orElse(List.of()))),
                control.map(DocumentControl::reviewIntervalMonths)
                        .map(m -> Adoc.text(messages.get("control.review-interval.months", m)))
                        .orElse(""),
                control.flatMap(c -> c.nextReview(date)).map(messages::date).orElse(""),
                signoffs(control.map(DocumentControl::reviewers).orElse(List.of()), program, messages),
                signoffs(control.map(DocumentControl::approvers).orElse(List.of()), program, messages),
                revisions(program, history, messages),
                !reasons.isEmpty(),
                reasons,
                unfinished,
                history.uncommitted() ? Adoc.text(messages.get("control.uncommitted.note", history.head())) : "");
    }

    /** Whether the documents of a program are a draft: a status other than released, or a placeholder left. */
    public static boolean draft(ProgramInputs inputs) {
        Optional<DocumentControl> control = inputs.program().value().control();
        return control.isPresent() && control.get().status() != DocumentStatus.RELEASED
                || inputs.statements().stream().anyMatch(s -> Placeholder.in(s.value()));
    }

    private static List<ControlView.Unfinished> unfinished(ProgramInputs inputs) {
        return inputs.statements().stream()
                .filter(s -> Placeholder.in(s.value()))
                .sorted(Comparator.comparing((Located<Statement> s) -> s.value().item()))
                .map(s -> new ControlView.Unfinished(
                        s.value().item().toString(),
                        Adoc.text(s.position("text").toString())))
                .toList();
    }

    private static String roleName(String id, Program program) {
        return id.isEmpty() ? "" : Adoc.text(program.role(id).map(Role::name).orElse(id));
    }

    private static List<ControlView.Signoff> signoffs(List<Signoff> signoffs, Program program, Messages messages) {
        return signoffs.stream()
                .map(s -> new ControlView.Signoff(
                        Adoc.text(s.name()),
                        roleName(s.role(), program),
                        s.date() == null
                                ? Adoc.text(messages.get("control.signoff.pending"))
                                : messages.date(s.date())))
                .toList();
    }

    /** A revision with the date it sorts by; undated written revisions sort last, in their order. */
    private record Dated(LocalDate date, int order, ControlView.Revision revision) {}

    private static List<ControlView.Revision> revisions(Program program, History history, Messages messages) {
        Optional<DocumentControl> control = program.control();
        List<WrittenRevision> written = control.map(DocumentControl::revisions).orElse(List.of());
        List<Dated> rows = new ArrayList<>();
        List<String> released = new ArrayList<>();
        for (Release release : history.releases()) {
            released.add(release.version());
            List<String> description = new ArrayList<>();
            if (!release.message().isEmpty()) {
                description.add(release.message());
            }
            written.stream()
                    .filter(w -> w.version().equals(release.version())
                            && !w.description().isEmpty())
                    .forEach(w -> description.add(w.description()));
            String changes = release.changes()
                    .map(c -> changes(c, messages))
                    .orElseGet(() -> release.totals()
                            .map(t -> messages.get(
                                    released.size() == 1 ? "control.changes.first" : "control.changes.totals",
                                    t.inScope(),
                                    messages.percent(t.coveragePercent())))
                            .orElse(""));
            rows.add(new Dated(
                    release.date(),
                    rows.size(),
                    new ControlView.Revision(
                            Adoc.text(release.version()),
                            messages.date(release.date()),
                            Adoc.text(release.author()),
                            Adoc.text(String.join("; ", description)),
                            changes,
                            "git")));
        }
        for (WrittenRevision w : written) {
            if (released.contains(w.version())) {
                continue;
            }
            rows.add(new Dated(
                    w.date() == null ? LocalDate.MAX : w.date(),
                    rows.size(),
                    new ControlView.Revision(
                            Adoc.text(w.version()),
                            w.date() == null ? "" : messages.date(w.date()),
                            Adoc.text(w.author()),
                            Adoc.text(w.description()),
                            "",
                            "written")));
        }
        rows.sort(Comparator.comparing(Dated::date).thenComparing(Dated::order));
        List<ControlView.Revision> revisions =
                new ArrayList<>(rows.stream().map(Dated::revision).toList());
        if (!history.releases().isEmpty() && history.unreleased()) {
            LocalDate date = program.program().date();
            revisions.add(new ControlView.Revision(
                    Adoc.text(program.program().version()),
                    date == null ? "" : messages.date(date),
                    "",
                    Adoc.text(
                            history.uncommitted()
                                    ? messages.get("control.revision.uncommitted")
                                    : messages.get("control.revision.unreleased", history.head())),
                    // words of the bundle and numbers only: nothing to escape
                    history.sinceRelease().map(c -> changes(c, messages)).orElse(""),
                    "current"));
        }
        return revisions;
    }

    /** What changed between two releases, in one phrase. */
    static String changes(Release.Summary changes, Messages messages) {
        return messages.get(
                "control.changes",
                changes.added(),
                changes.removed(),
                changes.statusChanged(),
                changes.maturityChanged(),
                messages.percent(changes.before().coveragePercent()),
                messages.percent(changes.after().coveragePercent()));
    }
}
