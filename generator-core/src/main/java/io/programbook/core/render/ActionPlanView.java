package io.programbook.core.render;

import java.util.List;

/**
 * The action plan part of the gap report, prepared in Java; plain-text fields are escaped for
 * AsciiDoc.
 *
 * @param asOf    the date overdue is measured against (the program's date), empty without one
 * @param owners  the roles with open actions, each with its actions earliest due first
 * @param without the items with gaps and no open action
 * @param open    how many open actions
 * @param overdue how many of them are overdue
 */
public record ActionPlanView(String asOf, List<OwnerView> owners, List<ActionRow> without, int open, int overdue) {

    public ActionPlanView {
        owners = List.copyOf(owners);
        without = List.copyOf(without);
    }

    /** One role's actions. */
    public record OwnerView(String role, String name, String anchor, List<ActionRow> actions) {

        public OwnerView {
            actions = List.copyOf(actions);
        }
    }

    /**
     * One action, or one item without an action.
     *
     * @param item  AsciiDoc: the item, linked into the handbook
     * @param gaps  the titles of the item's gaps, worst first
     * @param where the file and line to change
     */
    public record ActionRow(
            String item, String due, boolean overdue, String priority, String ticket, String gaps, String where) {}
}
