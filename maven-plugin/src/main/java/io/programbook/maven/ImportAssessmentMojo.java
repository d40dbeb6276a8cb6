package io.programbook.maven;

import io.programbook.core.api.ContentPolicy;
import io.programbook.core.api.Generator;
import io.programbook.core.api.ImportAssessmentRequest;
import io.programbook.core.api.ImportAssessmentResult;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports a filled assessment worksheet: the {@code assessment-worksheet.xlsx} that {@code generate}
 * writes, with the assessor's verdicts (Pass, Fail, N/A, N/E) and remarks. Writes the assessment
 * record {@code assessments/<date>-<assessor>.yaml} into the program folder: scheme, assessor,
 * date and, per item, service role and component, the verdict, the remarks and the fingerprint of
 * the statement judged. Each Fail and N/E is a finding; give it a corrective action in the record.
 * Every wrong cell is reported at once, as {@code assessment-worksheet.xlsx!J57}, and then nothing
 * is written; an existing record is never overwritten.
 *
 * <pre>
 * mvn programbook:import-assessment -Dprogrambook.worksheet=returned/assessment-worksheet.xlsx
 * </pre>
 */
@Mojo(name = "import-assessment", requiresProject = true, threadSafe = true)
public class ImportAssessmentMojo extends AbstractProgrambookMojo {

    static final String MSG_WROTE = "Assessment record: ";

    /** The filled worksheet to import, e.g. {@code returned/assessment-worksheet.xlsx}. */
    @Parameter(property = "programbook.worksheet", required = true)
    private File worksheet;

    /** Who assessed. Left out: the worksheet's program sheet says it. */
    @Parameter(property = "programbook.assessor")
    private String assessor;

    /** When, as {@code YYYY-MM-DD}. Left out: the worksheet's program sheet says it. */
    @Parameter(property = "programbook.assessmentDate")
    private String assessmentDate;

    /**
     * The scheme assessed under, e.g. {@code ISASecure ACSSA}. Left out: the worksheet's program
     * sheet says it ({@code IECEE CB scheme (IEC TS 62443-6-1)} as exported).
     */
    @Parameter(property = "programbook.scheme")
    private String scheme;

    /** As for {@code generate}: the program is validated before the import. Default {@code false}. */
    @Parameter(property = "programbook.allowPassthrough", defaultValue = "false")
    private boolean allowPassthrough;

    /** As for {@code generate}: the program is validated before the import. Default {@code false}. */
    @Parameter(property = "programbook.allowRemoteImages", defaultValue = "false")
    private boolean allowRemoteImages;

    /** Skips this goal. */
    @Parameter(property = "programbook.import-assessment.skip", defaultValue = "false")
    private boolean skipImport;

    private final Generator generator;

    @Inject
    public ImportAssessmentMojo() {
        this(Generator.create());
    }

    ImportAssessmentMojo(Generator generator) {
        this.generator = generator;
    }

    @Override
    boolean skipGoal() {
        return skipImport;
    }

    @Override
    void executeGoal() throws MojoExecutionException {
        ImportAssessmentResult result = generator.importAssessment(toRequest());
        report(result.warnings());
        getLog().info("Programbook: imported " + result.verdicts() + " verdicts of " + result.rows() + " rows ("
                + result.summary() + "); " + result.findings() + (result.findings() == 1 ? " finding" : " findings")
                + " to give a corrective action");
        getLog().info(MSG_WROTE + shown(result.file()));
    }

    ImportAssessmentRequest toRequest() throws MojoExecutionException {
        Optional<LocalDate> date;
        try {
            date = Optional.ofNullable(assessmentDate)
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException(
                    "assessmentDate '" + assessmentDate + "' is not a date: write it as YYYY-MM-DD");
        }
        return new ImportAssessmentRequest(
                baseDir(),
                programDirectory(),
                baseDir().resolve(worksheet.toPath()),
                Optional.ofNullable(assessor),
                date,
                Optional.ofNullable(scheme),
                new ContentPolicy(allowPassthrough, allowRemoteImages));
    }

    /** For unit tests: what Maven injects. */
    void configure(File baseDir, File programDirectory, File worksheet, String assessor, String date, String scheme) {
        locate(baseDir, programDirectory);
        this.worksheet = worksheet;
        this.assessor = assessor;
        this.assessmentDate = date;
        this.scheme = scheme;
    }
}
