package io.programbook.core.output;

import io.programbook.core.assessment.WorksheetBuilder;
import io.programbook.core.assessment.WorksheetWorkbook;
import io.programbook.core.text.Messages;
import java.util.List;
import java.util.Optional;

/**
 * {@code assessment-worksheet.xlsx}: the worksheet an assessor fills in under the IECEE CB scheme
 * (IEC TS 62443-6-1), one row per requirement item, service role and component, with the verdicts
 * and remarks of the program's last assessment. {@code import-assessment} reads it back.
 */
public final class AssessmentWorksheetOutput implements Output {

    public static final String XLSX = "assessment-worksheet.xlsx";

    private final WorksheetBuilder worksheets = new WorksheetBuilder();

    @Override
    public List<String> fileNames() {
        return List.of(XLSX);
    }

    @Override
    public void write(OutputContext context, OutputFiles files) {
        Messages messages = context.messages();
        var program = context.inputs().program().value();
        files.bytes(
                XLSX,
                WorksheetWorkbook.write(
                        worksheets.build(context.inputs(), context.profile(), messages),
                        messages,
                        messages.get("worksheet.title") + " – "
                                + program.program().title(),
                        Optional.ofNullable(program.program().date())));
    }
}
