package io.programbook.core.resolve;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.BundledData;
import io.programbook.core.load.Located;
import io.programbook.core.model.Profile;

/** {@link Rule#PROFILE_EDITION}: every profile of the chain tailors the edition the program follows. */
final class EditionCheck implements ProfileCheck {

    @Override
    public void check(Resolution resolution, Diagnostics diagnostics) {
        String followed = resolution.catalog().reference();
        for (Located<Profile> located : resolution.chain()) {
            String made = located.value().catalog();
            var bundled = BundledData.bundledProfileName(located.at().file());
            if (!made.equals(followed) && bundled.isPresent()) {
                String name = bundled.get();
                diagnostics.error(
                        Rule.PROFILE_EDITION,
                        located.position("catalog"),
                        "bundled profile '" + name + "' is made for " + made + " but the program follows " + followed,
                        BundledData.counterpart(name, followed)
                                .map(other -> "name '" + other + "' instead, the bundled profile that tailors "
                                        + followed + " the same way")
                                .orElse("Programbook bundles no profile like '" + name + "' for " + followed
                                        + ": copy " + located.at().file().substring("classpath:".length())
                                        + " out of the programbook-catalog jar into the program folder, set its"
                                        + " 'catalog:' to " + followed + " and check its selectors against that edition"
                                        + (BundledData.profilesFor(followed).isEmpty()
                                                ? ""
                                                : " (bundled for it: "
                                                        + String.join(", ", BundledData.profilesFor(followed))
                                                        + ")")));
            } else if (!made.equals(followed)) {
                diagnostics.error(
                        Rule.PROFILE_EDITION,
                        located.position("catalog"),
                        "profile '" + located.value().id() + "' is made for " + made + " but the program follows "
                                + followed,
                        "use a profile for " + followed + ", or move the program to " + made
                                + " (set 'catalog:' in program.yaml)");
            }
        }
    }
}
