package io.programbook.core.render;

import java.util.List;

/**
 * The document-control section every controlled document prints, prepared in Java. Plain-text
 * fields are escaped for AsciiDoc.
 *
 * @param declared     whether {@code program.yaml} has a {@code documentControl:} section
 * @param status       the status as readers see it, e.g. "Released"
 * @param statusToken  the status as YAML spells it, e.g. {@code released}
 * @param owner        the owner role's name, empty when none
 * @param nextReview   the next review date, empty when no interval or program date
 * @param draft        whether every page carries the DRAFT mark
 * @param draftReasons why the documents are a draft, one sentence each
 * @param unfinished   the items whose statements still hold the scaffold's placeholder text
 * @param uncommitted  a note that the program folder has changes not committed to Git; empty when not
 */
public record ControlView(
        boolean declared,
        String status,
        String statusToken,
        String owner,
        String classification,
        String distribution,
        String reviewInterval,
        String nextReview,
        List<Signoff> reviewers,
        List<Signoff> approvers,
        List<Revision> revisions,
        boolean draft,
        List<String> draftReasons,
        List<Unfinished> unfinished,
        String uncommitted) {

    public ControlView {
        reviewers = List.copyOf(reviewers);
        approvers = List.copyOf(approvers);
        revisions = List.copyOf(revisions);
        draftReasons = List.copyOf(draftReasons);
        unfinished = List.copyOf(unfinished);
    }

    /** Whether the document prints a document-control section at all. */
    public boolean shown() {
        return declared || draft || !revisions.isEmpty();
    }

    /** Whether any revision says what changed in the program: else the table has no such column. */
    public boolean revisionChanges() {
        return revisions.stream().anyMatch(r -> !r.changes().isEmpty());
    }

    /** A reviewer or approver: name, role name, date (empty while unsigned). */
    public record Signoff(String name, String role, String date) {}

    /**
     * A row of the revision table.
     *
     * @param source  {@code git} for a release read from a tag, {@code written} for a revision of
     *                {@code program.yaml}, {@code current} for the unreleased program being built
     * @param changes what changed since the previous release, one phrase; empty when unknown
     */
    public record Revision(
            String version, String date, String author, String description, String changes, String source) {}

    /** An item whose statement is unfinished, with its file and line. */
    public record Unfinished(String item, String where) {}
}
