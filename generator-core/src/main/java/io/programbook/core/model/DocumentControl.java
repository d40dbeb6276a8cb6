package io.programbook.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How the program's documents are controlled ({@code documentControl:} in {@code program.yaml}):
 * who owns, reviews and approves them, their status, classification and distribution, how often
 * they are reviewed, and their revisions.
 *
 * @param owner              the role that owns the documents; empty when not named
 * @param status             draft unless given
 * @param distribution       who receives the documents, one entry each
 * @param reviewIntervalMonths months from the program's date to the next review; null when none
 * @param releaseTags        a glob of the Git tags that mark releases ({@code v*}); empty: the
 *                           revision history is not read from Git
 * @param writtenRevisions   whether the written {@code revisions} complement the releases read from
 *                           Git or replace them
 * @param revisions          revisions written by hand, any order
 */
public record DocumentControl(
        String owner,
        List<Signoff> reviewers,
        List<Signoff> approvers,
        DocumentStatus status,
        String classification,
        List<String> distribution,
        Integer reviewIntervalMonths,
        String releaseTags,
        RevisionMode writtenRevisions,
        List<WrittenRevision> revisions) {

    /** What written revisions do to the releases read from Git. */
    public enum RevisionMode {
        /** Both: a written revision of a release's version adds its words to that release. */
        @JsonProperty("complement")
        COMPLEMENT,
        /** The written revisions alone; Git is not read. */
        @JsonProperty("replace")
        REPLACE
    }

    public DocumentControl {
        owner = Lists.text(owner);
        reviewers = Lists.copy(reviewers);
        approvers = Lists.copy(approvers);
        status = status == null ? DocumentStatus.DRAFT : status;
        classification = Lists.text(classification);
        distribution = Lists.copy(distribution).stream().map(String::strip).toList();
        if (reviewIntervalMonths != null && reviewIntervalMonths < 1) {
            throw new InvalidValueException(
                    "a review interval is at least 1 month, not " + reviewIntervalMonths,
                    "set reviewIntervalMonths: 12 for a yearly review");
        }
        releaseTags = Lists.text(releaseTags);
        writtenRevisions = writtenRevisions == null ? RevisionMode.COMPLEMENT : writtenRevisions;
        revisions = Lists.copy(revisions);
    }

    /** The next review: the program's date plus the review interval; empty without either. */
    public Optional<LocalDate> nextReview(LocalDate programDate) {
        return programDate == null || reviewIntervalMonths == null
                ? Optional.empty()
                : Optional.of(programDate.plusMonths(reviewIntervalMonths));
    }

    /** Whether Git's tags are read for the revision history. */
    public boolean readsGit() {
        return !releaseTags.isEmpty() && writtenRevisions == RevisionMode.COMPLEMENT;
    }
}
