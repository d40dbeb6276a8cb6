package io.programbook.core.diag;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects findings across a whole run so that every problem is reported at once. Every finding is
 * kept and counted; what a log or a report shows of them is bounded by {@link #shown(List)}.
 */
public final class Diagnostics {

    /** At most this many findings of one rule are printed or written to a report; the rest are counted. */
    public static final int LIMIT_PER_RULE = 50;

    /**
     * What a log or a report shows of many findings.
     *
     * @param findings at most {@link #LIMIT_PER_RULE} per rule, in {@link Diagnostic#ORDER}
     * @param omitted  per rule whose findings are not all shown, how many are left out, by rule code
     */
    public record Shown(List<Diagnostic> findings, List<Omitted> omitted) {

        public Shown {
            findings = List.copyOf(findings);
            omitted = List.copyOf(omitted);
        }

        /** Each shown finding rendered as in the build log, then one closing line per capped rule. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            findings.forEach(d -> lines.add(d.render()));
            omitted.forEach(o -> lines.add(o.line()));
            return lines;
        }
    }

    /**
     * The findings of one rule that a log or report leaves out.
     *
     * @param severity error if any of them is an error
     */
    public record Omitted(Rule rule, Severity severity, long count) {

        /** {@code … and 99,950 more PB-STATEMENT-DUPLICATE findings}. */
        public String line() {
            return "\u2026 and "
                    + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count) + " more " + rule.code()
                    + (count == 1 ? " finding" : " findings");
        }
    }

    /**
     * The findings to print or write: in {@link Diagnostic#ORDER}, the first {@link #LIMIT_PER_RULE}
     * of each rule, and for each rule with more, how many are left out.
     */
    public static Shown shown(List<Diagnostic> diagnostics) {
        List<Diagnostic> shown = new ArrayList<>();
        Map<Rule, Integer> counts = new LinkedHashMap<>();
        Map<Rule, long[]> left = new TreeMap<>(Comparator.comparing(Rule::code));
        for (Diagnostic d : diagnostics.stream().sorted(Diagnostic.ORDER).toList()) {
            int n = counts.merge(d.rule(), 1, Integer::sum);
            if (n <= LIMIT_PER_RULE) {
                shown.add(d);
            } else {
                long[] omitted = left.computeIfAbsent(d.rule(), r -> new long[2]);
                omitted[0]++;
                if (d.isError()) {
                    omitted[1]++;
                }
            }
        }
        List<Omitted> omitted = left.entrySet().stream()
                .map(e -> new Omitted(
                        e.getKey(), e.getValue()[1] > 0 ? Severity.ERROR : Severity.WARNING, e.getValue()[0]))
                .toList();
        return new Shown(shown, omitted);
    }

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public void error(Rule rule, SourcePosition at, String message) {
        add(Diagnostic.error(rule, at, message));
    }

    public void error(Rule rule, SourcePosition at, String message, String hint) {
        add(Diagnostic.error(rule, at, message, hint));
    }

    public void warning(Rule rule, SourcePosition at, String message, String hint) {
        add(Diagnostic.warning(rule, at, message, hint));
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** Every finding so far, in stable order. */
    public List<Diagnostic> all() {
        return items.stream().sorted(Diagnostic.ORDER).toList();
    }

    public List<Diagnostic> warnings() {
        return all().stream().filter(d -> !d.isError()).toList();
    }

    /** Throws a {@link GeneratorException} with every finding if any of them is an error. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new GeneratorException(all());
        }
    }
}
