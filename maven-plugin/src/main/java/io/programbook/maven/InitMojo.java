package io.programbook.maven;

import io.programbook.core.api.Generator;
import io.programbook.core.api.InitRequest;
import io.programbook.core.api.InitResult;
import java.io.File;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scaffolds a new program folder for a bundled profile or the organisation's own, so a new program
 * starts from a complete skeleton: {@code program.yaml}, a {@code profile.yaml} that extends the
 * bundled profile (an own profile file is used as it is), one
 * statement stub (status {@code planned}) per item in scope, in one file per functional area, and
 * the {@code procedures/} and {@code evidence/} folders. Never overwrites a file: existing ones
 * are listed as skipped. Runs without a project too:
 *
 * <pre>
 * mvn io.programbook:programbook-maven-plugin:init -Dprogrambook.profile=integration-no-sis-no-wireless \
 *     -Dprogrambook.organisation="Acme Automation"
 * </pre>
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractProgrambookMojo {

    static final String MSG_SKIPPED = "Skipped (exists): ";
    static final String MSG_CREATED = "Created ";

    /**
     * The profile the program starts from. A bundled one, {@code all-of-2-4} (every item, ML2),
     * {@code integration-no-sis-no-wireless}, {@code maintenance-provider} or {@code ml3-assessment},
     * which the scaffolded {@code profile.yaml} extends; or a profile file of the organisation's own
     * in the program folder ({@code profile.yaml}, {@code profiles/acme.yaml}), which program.yaml then
     * names as it is, with stubs for the organisation's own requirements ({@code additions}) too.
     */
    @Parameter(property = "programbook.profile", defaultValue = "all-of-2-4")
    private String profile;

    /** The organisation's name, written into {@code program.yaml}. */
    @Parameter(property = "programbook.organisation", defaultValue = "Your organisation")
    private String organisation;

    /** Skips this goal. */
    @Parameter(property = "programbook.init.skip", defaultValue = "false")
    private boolean skipInit;

    private final Generator generator;

    @Inject
    public InitMojo() {
        this(Generator.create());
    }

    InitMojo(Generator generator) {
        this.generator = generator;
    }

    @Override
    boolean skipGoal() {
        return skipInit;
    }

    @Override
    void executeGoal() {
        InitRequest request = toRequest();
        InitResult result = generator.init(request);
        result.created().forEach(f -> getLog().info(MSG_CREATED + shown(f)));
        result.skipped().forEach(f -> getLog().info(MSG_SKIPPED + shown(f)));
        getLog().info(String.format(
                Locale.ROOT,
                "Programbook init: %s for profile %s (%s, %d items in scope): %d files created, %d skipped",
                shown(request.programDir()),
                result.profile(),
                result.catalog(),
                result.inScope(),
                result.created().size(),
                result.skipped().size()));
        if (!result.created().isEmpty()) {
            getLog().info("Next: fill in program.yaml, then the statements one area at a time;"
                    + " 'mvn programbook:generate' writes the handbook and the gap report");
        }
    }

    InitRequest toRequest() {
        return new InitRequest(baseDir(), programDirectory(), profile.strip(), organisation);
    }

    void configure(File baseDir, File programDirectory, String profile, String organisation) {
        locate(baseDir, programDirectory);
        this.profile = profile;
        this.organisation = organisation;
    }
}
