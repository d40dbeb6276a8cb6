package io.programbook.core.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What to import: a filled assessment worksheet, into the program it was exported from.
 *
 * @param baseDir    the project base directory: diagnostics name files relative to it
 * @param programDir the program folder ({@code src/programbook} by convention); the record goes to
 *                   its {@code assessments/} folder
 * @param worksheet  the filled {@code assessment-worksheet.xlsx}
 * @param assessor   who assessed; empty takes the worksheet's program sheet
 * @param date       when; empty takes the worksheet's program sheet
 * @param scheme     under which scheme; empty takes the worksheet's program sheet
 * @param policy     what the program's AsciiDoc may hold, as for {@code validate}
 */
public record ImportAssessmentRequest(
        Path baseDir,
        Path programDir,
        Path worksheet,
        Optional<String> assessor,
        Optional<LocalDate> date,
        Optional<String> scheme,
        ContentPolicy policy) {

    public ImportAssessmentRequest {
        baseDir = baseDir.toAbsolutePath().normalize();
        programDir = programDir.toAbsolutePath().normalize();
        worksheet = worksheet.toAbsolutePath().normalize();
        assessor =
                Objects.requireNonNull(assessor, "assessor").map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(date, "date");
        scheme = Objects.requireNonNull(scheme, "scheme").map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(policy, "policy");
    }

    /** The conventional layout: {@code src/programbook}, the worksheet as given, everything else from it. */
    public static ImportAssessmentRequest conventional(Path baseDir, Path worksheet) {
        return new ImportAssessmentRequest(
                baseDir,
                baseDir.resolve("src/programbook"),
                worksheet,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ContentPolicy.STRICT);
    }
}
