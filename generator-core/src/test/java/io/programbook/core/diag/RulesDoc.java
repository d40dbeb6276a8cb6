package io.programbook.core.diag;

import java.util.Locale;

/**
 * Writes {@code docs/rules.md} from the {@link Rule} enum: one row per rule with its code, severity,
 * meaning and default hint. {@link RulesDocTest} keeps the file in the repository current.
 */
final class RulesDoc {

    static final String UPDATE_PROPERTY = "rules.update";
    static final String REGENERATE = "./mvnw -B -o -q -pl generator-core -am test -Dtest=RulesDocTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true";

    private RulesDoc() {}

    static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Rules\n\n");
        out.append("<!-- Generated from the enum io.programbook.core.diag.Rule: do not edit. After a change to the\n")
                .append("     enum, regenerate with\n     ")
                .append(REGENERATE)
                .append(" -->\n\n");
        out.append("""
                Every problem Programbook finds in a program is a *finding* of one of the rules below. It is
                printed in the build log in the form IDEs turn into links, with the rule's code in brackets
                and a hint on how to fix it:

                ```
                src/programbook/statements/sp09.yaml:14:5: error [PB-ITEM-UNKNOWN] statement names item 'SP.09.10 BR', which iec-62443-2-4@2023 does not have
                  hint: did you mean 'SP.09.01 BR'? SP.09 has SP.09.01 BR to SP.09.04 RE(1)
                ```

                Errors fail the build; warnings are reported and let it pass (unless `failOnWarning` is
                set). The same findings are in `validation-report.json`
                ([format](formats.md#validation-reportjson)). Every finding is counted, but at most
                %d of one rule are printed and written to the report: a closing line says how many
                more there are (`… and 99,950 more PB-STATEMENT-DUPLICATE findings`).

                The hint below is the rule's default; many findings give a more specific one (the nearest
                valid id, the declared roles, the valid values).

                | code | severity | what it means | how to fix it |
                | --- | --- | --- | --- |
                """.formatted(Diagnostics.LIMIT_PER_RULE));
        for (Rule rule : Rule.values()) {
            out.append("| `")
                    .append(rule.code())
                    .append("` | ")
                    .append(rule.severity().label())
                    .append(" | ")
                    .append(cell(rule.meaning(), false))
                    .append(" | ")
                    .append(cell(rule.hint(), true))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text, boolean capitalise) {
        String escaped = text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
        return escaped.isEmpty() || !capitalise
                ? escaped
                : escaped.substring(0, 1).toUpperCase(Locale.ROOT) + escaped.substring(1);
    }
}
