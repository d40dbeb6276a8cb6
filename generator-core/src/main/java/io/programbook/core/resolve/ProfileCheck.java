package io.programbook.core.resolve;

import io.programbook.core.diag.Diagnostics;

/**
 * One family of rules about a profile chain (one or a few {@link io.programbook.core.diag.Rule}s),
 * run by {@link ProfileResolver} after it has resolved the chain. A check only reports: what it
 * finds wrong is left out of the resolution by {@link ProfileRules} itself.
 */
interface ProfileCheck {

    void check(Resolution resolution, Diagnostics diagnostics);
}
