package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.require;
import static io.programbook.core.model.MissingFieldException.requireText;

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
 */
public record Statement(ItemId item, Status status, String maturity, String owner, String justification,
        String text, List<String> procedures, List<Evidence> evidence, List<Verification> verification) {

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
    }

    /** The most recent verification record, if any. */
    @JsonIgnore
    public Optional<Verification> lastVerification() {
        return verification.stream().max(Comparator.comparing(Verification::date));
    }
}
