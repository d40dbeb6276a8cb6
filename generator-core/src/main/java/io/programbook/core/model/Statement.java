package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.require;
import static io.programbook.core.model.MissingFieldException.requireText;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The provider's statement about one requirement item.
 *
 * @param maturity      the claimed maturity level id, e.g. {@code ML2}
 * @param owner         a role id of the program
 * @param justification why the item does not apply; required for {@link Status#NOT_APPLICABLE}
 * @param text          AsciiDoc
 * @param procedures    ids of procedure documents
 * @param reviewed      the edition (and overlay text fingerprint) the statement was last reviewed
 *                      against; null when not recorded
 * @param customers     ids of the customers (asset owners) the statement is for; empty: common to all
 * @param action        the work that closes the item's gap; null when none is planned
 * @param roles         the service roles the statement covers ({@code integration},
 *                      {@code maintenance}); empty: every role the program is assessed in
 * @param components    ids of the solution components the statement is about; empty: all of them
 * @param assetOwner    what the statement expects of the asset owner (approvals, decisions), one
 *                      plain-text task each; a customer edition lists them in its own section
 */
public record Statement(
        ItemId item,
        Status status,
        String maturity,
        String owner,
        String justification,
        String text,
        List<String> procedures,
        List<Evidence> evidence,
        List<Verification> verification,
        Review reviewed,
        List<String> customers,
        Action action,
        List<String> roles,
        List<String> components,
        List<String> assetOwner) {

    @JsonCreator
    public Statement {
        require(item, "item");
        require(status, "status");
        maturity = Lists.text(maturity);
        if (status != Status.NOT_APPLICABLE && status != Status.PLANNED) {
            requireText(maturity, "maturity");
        }
        requireText(owner, "owner");
        justification = Lists.text(justification);
        text = Lists.text(text);
        procedures = Lists.copy(procedures);
        evidence = Lists.copy(evidence);
        verification = Lists.copy(verification);
        customers = Lists.copy(customers);
        roles = Lists.copy(roles);
        components = Lists.copy(components);
        assetOwner = Lists.copy(assetOwner);
    }

    /** The same statement with other evidence (a customer edition keeps the entries it may show). */
    public Statement withEvidence(List<Evidence> other) {
        return new Statement(
                item,
                status,
                maturity,
                owner,
                justification,
                text,
                procedures,
                other,
                verification,
                reviewed,
                customers,
                action,
                roles,
                components,
                assetOwner);
    }

    /** A statement without a review record. */
    public Statement(
            ItemId item,
            Status status,
            String maturity,
            String owner,
            String justification,
            String text,
            List<String> procedures,
            List<Evidence> evidence,
            List<Verification> verification) {
        this(
                item,
                status,
                maturity,
                owner,
                justification,
                text,
                procedures,
                evidence,
                verification,
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of());
    }

    /** The review record, if the statement has one. */
    @JsonIgnore
    public Optional<Review> review() {
        return Optional.ofNullable(reviewed);
    }

    /** The action that closes the item's gap, if one is planned. */
    @JsonIgnore
    public Optional<Action> plannedAction() {
        return Optional.ofNullable(action);
    }

    /** The most recent verification record, if any. */
    @JsonIgnore
    public Optional<Verification> lastVerification() {
        return verification.stream().max(Comparator.comparing(Verification::date));
    }
}
