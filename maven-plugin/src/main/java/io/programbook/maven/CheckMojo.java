package io.programbook.maven;

import io.programbook.core.api.CheckRequest;
import io.programbook.core.api.CheckResult;
import io.programbook.core.api.ContentPolicy;
import io.programbook.core.api.GateResult;
import io.programbook.core.api.Gates;
import io.programbook.core.api.Generator;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the program against gates configured in the POM and fails the build when one is not met:
 * a minimum coverage overall and per functional area, gap kinds the program may not have, and a
 * maximum evidence age. Loads, validates and traces the program like {@code generate} (input
 * errors fail the same way) but renders nothing. A failure is one summary of every failed gate with
 * the items behind it.
 *
 * <pre>
 * &lt;execution&gt;
 *   &lt;goals&gt;&lt;goal&gt;check&lt;/goal&gt;&lt;/goals&gt;
 *   &lt;configuration&gt;
 *     &lt;minimumCoverage&gt;80&lt;/minimumCoverage&gt;
 *     &lt;minimumAreaCoverage&gt;60&lt;/minimumAreaCoverage&gt;
 *     &lt;areaCoverage&gt;&lt;SP.09&gt;100&lt;/SP.09&gt;&lt;/areaCoverage&gt;
 *     &lt;failOnGaps&gt;evidence-missing,out-of-scope-statement&lt;/failOnGaps&gt;
 *     &lt;maxEvidenceAgeMonths&gt;12&lt;/maxEvidenceAgeMonths&gt;
 *   &lt;/configuration&gt;
 * &lt;/execution&gt;
 * </pre>
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractProgrambookMojo {

    static final String MSG_PASSED = "Programbook check passed";
    static final String MSG_NO_GATES = "Programbook check: no gate is configured, so the check cannot tell a"
            + " program that meets its targets from one that does not. Set minimumCoverage, minimumAreaCoverage,"
            + " areaCoverage, failOnGaps or maxEvidenceAgeMonths in the plugin's <configuration> (outside any"
            + " <execution>, so that 'mvn programbook:check' on the command line sees them too), or set"
            + " failWithoutGates to false (-Dprogrambook.check.failWithoutGates=false)";

    /**
     * The least coverage of the whole program, in percent (0 to 100): covered items as a share of
     * the in-scope items that apply, compared exactly (the log and the documents show it rounded half
     * up to one decimal). Unset: not checked.
     */
    @Parameter(property = "programbook.check.minimumCoverage")
    private Double minimumCoverage;

    /**
     * The least coverage, in percent, of every functional area that has applicable items. Areas
     * named in {@code areaCoverage} use their own minimum instead. Unset: not checked.
     */
    @Parameter(property = "programbook.check.minimumAreaCoverage")
    private Double minimumAreaCoverage;

    /**
     * The least coverage, in percent, of particular functional areas, by area id:
     *
     * <pre>
     * &lt;areaCoverage&gt;
     *   &lt;SP.07&gt;100&lt;/SP.07&gt;
     *   &lt;SP.09&gt;90&lt;/SP.09&gt;
     * &lt;/areaCoverage&gt;
     * </pre>
     *
     * An id the catalogue does not have fails the check.
     */
    @Parameter
    private Map<String, String> areaCoverage;

    /**
     * Gap kinds the program may not have; one gap of such a kind fails the check. Valid kinds:
     * {@code no-statement}, {@code planned}, {@code partial}, {@code verification-failed},
     * {@code evidence-missing}, {@code no-evidence}, {@code below-target}, {@code evidence-stale},
     * {@code suspect}, {@code out-of-scope-statement}, {@code procedure-unused}.
     *
     * <pre>
     * &lt;failOnGaps&gt;
     *   &lt;failOnGap&gt;evidence-missing&lt;/failOnGap&gt;
     *   &lt;failOnGap&gt;out-of-scope-statement&lt;/failOnGap&gt;
     * &lt;/failOnGaps&gt;
     * </pre>
     *
     * On the command line: {@code -Dprogrambook.check.failOnGaps=evidence-missing,no-evidence}.
     */
    @Parameter(property = "programbook.check.failOnGaps")
    private List<String> failOnGaps;

    /**
     * Evidence older than this many months before the program's date ({@code program.date}), or
     * without any date, fails the check. The same property sets the age limit of {@code generate},
     * so the gap report and the check agree. Unset: not checked (the profile parameter
     * {@code review-interval-months} still makes old evidence a gap, which {@code failOnGaps} with
     * {@code evidence-stale} can gate).
     */
    @Parameter(property = MAX_EVIDENCE_AGE_PROPERTY)
    private Integer maxEvidenceAgeMonths;

    /**
     * Accepts passthroughs in the program's AsciiDoc ({@code +++…+++}, {@code pass:[…]}, {@code ++++}
     * blocks, {@code [pass]} paragraphs), which put raw HTML into the documents: a warning instead of
     * an error. Only for programs whose every author is trusted; the HTML is sanitized all the same,
     * so no script, event handler or unsafe link reaches a document (see docs/security.md). Default
     * {@code false}.
     */
    @Parameter(property = "programbook.allowPassthrough", defaultValue = "false")
    private boolean allowPassthrough;

    /**
     * Accepts images from http and https addresses in the program's AsciiDoc
     * ({@code image::https://…[]}); opening a document then loads them from the network. Default
     * {@code false}: such an image is an error, and the pages' Content-Security-Policy allows only
     * embedded images and images of their own folder.
     */
    @Parameter(property = "programbook.allowRemoteImages", defaultValue = "false")
    private boolean allowRemoteImages;

    /**
     * Whether a check with no gate configured fails the build. A CI job that calls
     * {@code mvn programbook:check} while the gates sit inside an {@code <execution>} (which the
     * command line does not see) would otherwise pass without checking anything; {@code false} turns
     * the failure into a warning.
     */
    @Parameter(property = "programbook.check.failWithoutGates", defaultValue = "true")
    private boolean failWithoutGates = true;

    /**
     * Fails the check when the documents are a draft: a {@code documentControl.status} other than
     * {@code released} in {@code program.yaml}, or a statement that still holds the placeholder
     * text {@code init} wrote. Set it in the profile or job that builds a release:
     * {@code -Dprogrambook.check.failOnDraft=true}. Default {@code false}.
     */
    @Parameter(property = "programbook.check.failOnDraft", defaultValue = "false")
    private boolean failOnDraft;

    /** Skips this goal. */
    @Parameter(property = "programbook.check.skip", defaultValue = "false")
    private boolean skipCheck;

    private final Generator generator;

    @Inject
    public CheckMojo() {
        this(Generator.create());
    }

    CheckMojo(Generator generator) {
        this.generator = generator;
    }

    @Override
    boolean skipGoal() {
        return skipCheck;
    }

    @Override
    void executeGoal() throws MojoExecutionException, MojoFailureException {
        CheckRequest request = toRequest();
        CheckResult result = generator.check(request);
        report(result.warnings());
        getLog().info(coverage(result.inScope(), result.covered(), result.gaps(), result.coveragePercent()));
        if (request.gates().isEmpty()) {
            if (failWithoutGates) {
                throw new MojoFailureException(MSG_NO_GATES);
            }
            getLog().warn(MSG_NO_GATES);
            return;
        }
        for (GateResult gate : result.gates()) {
            if (gate.passed()) {
                getLog().info("  passed " + gate.gate() + ": " + gate.message());
            }
        }
        if (!result.passed()) {
            throw new MojoFailureException(inModule(result.summary()));
        }
        getLog().info(MSG_PASSED + ": " + result.gates().size() + " gate"
                + (result.gates().size() == 1 ? "" : "s"));
    }

    CheckRequest toRequest() throws MojoExecutionException {
        Set<String> kinds = new LinkedHashSet<>();
        for (String code : failOnGaps == null ? List.<String>of() : failOnGaps) {
            if (code == null || code.isBlank()) {
                continue;
            }
            String kind = code.strip().toLowerCase(Locale.ROOT);
            if (!Gates.GAP_KINDS.contains(kind)) {
                throw new MojoExecutionException("unknown gap kind '" + code.strip()
                        + "' in <failOnGaps>; valid kinds: " + String.join(", ", Gates.GAP_KINDS));
            }
            kinds.add(kind);
        }
        Map<String, Double> areas = new LinkedHashMap<>();
        if (areaCoverage != null) {
            for (Map.Entry<String, String> area : areaCoverage.entrySet()) {
                areas.put(area.getKey().strip(), percent(area.getValue(), "<areaCoverage><" + area.getKey() + ">"));
            }
        }
        try {
            return new CheckRequest(
                    baseDir(),
                    programDirectory(),
                    new Gates(
                            Optional.ofNullable(minimumCoverage),
                            Optional.ofNullable(minimumAreaCoverage),
                            areas,
                            kinds,
                            months(maxEvidenceAgeMonths),
                            failOnDraft),
                    contentPolicy());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    e.getMessage() + " (check <minimumCoverage>, <minimumAreaCoverage> and <areaCoverage>)", e);
        }
    }

    private static Double percent(String value, String where) throws MojoExecutionException {
        try {
            return Double.valueOf(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new MojoExecutionException(
                    "'" + value + "' in " + where + " is not a percentage; write e.g. 80 or 92.5", e);
        }
    }

    void configure(
            File baseDir,
            File programDirectory,
            Double minimumCoverage,
            Double minimumAreaCoverage,
            Map<String, String> areaCoverage,
            List<String> failOnGaps,
            Integer maxEvidenceAgeMonths) {
        locate(baseDir, programDirectory);
        this.minimumCoverage = minimumCoverage;
        this.minimumAreaCoverage = minimumAreaCoverage;
        this.areaCoverage = areaCoverage;
        this.failOnGaps = failOnGaps;
        this.maxEvidenceAgeMonths = maxEvidenceAgeMonths;
    }

    /** For unit tests: the draft gate. */
    void failOnDraft(boolean failOnDraft) {
        this.failOnDraft = failOnDraft;
    }

    /** What the program's text may put into a document, as the POM's author set it. */
    ContentPolicy contentPolicy() {
        return new ContentPolicy(allowPassthrough, allowRemoteImages);
    }

    /** For unit tests: the content policy parameters. */
    void trust(boolean allowPassthrough, boolean allowRemoteImages) {
        this.allowPassthrough = allowPassthrough;
        this.allowRemoteImages = allowRemoteImages;
    }
}
