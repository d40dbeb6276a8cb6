package io.programbook.core.assessment;

import io.programbook.core.model.Verdict;
import io.programbook.core.table.SpreadsheetCells;
import io.programbook.core.table.TabularFormat;
import io.programbook.core.table.XlsxWriter;
import io.programbook.core.text.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The worksheet as an Excel workbook: the first sheet with the ten columns of the scheme's
 * worksheet (bold header row kept in view and repeated on every printed page, landscape, fitted to
 * the page width, the verdict chosen from a list), the second with the program's identity and the
 * assessment's (scheme, assessor, date) for the assessor to fill in. Every value is text; the bytes
 * are deterministic, as for {@link XlsxWriter}.
 */
public final class WorksheetWorkbook {

    /** Column widths in characters, one per column of the worksheet. */
    private static final int[] WIDTHS = {18, 15, 50, 18, 10, 70, 22, 40, 40, 10};

    private static final String[] HEADER_KEYS = {
        "worksheet.column.level",
        "worksheet.column.id",
        "worksheet.column.requirement",
        "worksheet.column.role",
        "worksheet.column.maturity",
        "worksheet.column.statement",
        "worksheet.column.component",
        "worksheet.column.evidence",
        "worksheet.column.remarks",
        "worksheet.column.verdict"
    };

    /** The rows of the program sheet, in order: the message key of the label. */
    static final List<String> FIELDS = List.of(
            "worksheet.field.organisation",
            "worksheet.field.title",
            "worksheet.field.version",
            "worksheet.field.profile",
            "worksheet.field.catalog",
            "worksheet.field.date",
            "worksheet.field.scheme",
            "worksheet.field.assessor",
            "worksheet.field.assessmentDate",
            "worksheet.field.format");

    static final int ORGANISATION = 0;
    static final int CATALOG = 4;
    static final int SCHEME = 6;
    static final int ASSESSOR = 7;
    static final int ASSESSMENT_DATE = 8;
    static final int FORMAT = 9;

    private WorksheetWorkbook() {}

    public static byte[] write(Worksheet worksheet, Messages messages, String title, Optional<LocalDate> date) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = headerStyle(workbook);
            CellStyle text = textStyle(workbook, false, false);
            CellStyle quoted = textStyle(workbook, true, false);
            CellStyle input = textStyle(workbook, false, true);
            CellStyle quotedInput = textStyle(workbook, true, true);

            Sheet sheet = workbook.createSheet(messages.get("worksheet.sheet"));
            Row headerRow = sheet.createRow(0);
            headerRow.setHeightInPoints(2 * LINE);
            for (int c = 0; c < HEADER_KEYS.length; c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(messages.get(HEADER_KEYS[c]));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            List<Worksheet.Row> rows = worksheet.rows();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r).cells();
                row.setHeightInPoints(height(cells));
                for (int c = 0; c < cells.size(); c++) {
                    boolean assessor = c >= Worksheet.VERDICT_COLUMN - 1;
                    String value = cells.get(c).length() > TabularFormat.MAX_CELL
                            ? TabularFormat.truncate(cells.get(c), "\n\n" + messages.get("table.cell.truncated"))
                            : cells.get(c);
                    Cell cell = row.createCell(c);
                    cell.setCellValue(value);
                    boolean formula = SpreadsheetCells.formulaLike(value);
                    cell.setCellStyle(assessor ? (formula ? quotedInput : input) : (formula ? quoted : text));
                }
            }
            sheet.createFreezePane(2, 1);
            int last = Math.max(rows.size(), 1);
            sheet.setAutoFilter(new CellRangeAddress(0, last, 0, HEADER_KEYS.length - 1));
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation verdicts = helper.createValidation(
                    helper.createExplicitListConstraint(Verdict.labels()),
                    new CellRangeAddressList(1, last, Worksheet.VERDICT_COLUMN, Worksheet.VERDICT_COLUMN));
            verdicts.setShowErrorBox(true);
            verdicts.setSuppressDropDownArrow(true); // in XSSF: show the arrow
            verdicts.createErrorBox(
                    messages.get("worksheet.verdict.errorTitle"), messages.get("worksheet.verdict.error"));
            sheet.addValidationData(verdicts);
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setAutobreaks(true);
            sheet.setFitToPage(true);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));

            Sheet program = workbook.createSheet(messages.get("worksheet.programSheet"));
            program.setColumnWidth(0, 32 * 256);
            program.setColumnWidth(1, 60 * 256);
            Worksheet.Identity id = worksheet.identity();
            List<String> values = List.of(
                    id.organisation(),
                    id.title(),
                    id.version(),
                    id.profile(),
                    id.catalog(),
                    id.date(),
                    id.scheme(),
                    id.assessor(),
                    id.assessmentDate(),
                    Worksheet.FORMAT);
            for (int r = 0; r < FIELDS.size(); r++) {
                Row row = program.createRow(r);
                Cell label = row.createCell(0);
                label.setCellValue(messages.get(FIELDS.get(r)));
                label.setCellStyle(header);
                Cell value = row.createCell(1);
                value.setCellValue(values.get(r));
                boolean fill = r == SCHEME || r == ASSESSOR || r == ASSESSMENT_DATE;
                boolean formula = SpreadsheetCells.formulaLike(values.get(r));
                value.setCellStyle(fill ? (formula ? quotedInput : input) : (formula ? quoted : text));
            }
            program.getPrintSetup().setLandscape(true);

            POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
            core.setTitle(title);
            core.setCreator(id.organisation());
            core.getUnderlyingProperties()
                    .setCreatedProperty(date.map(d -> Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return XlsxWriter.withFixedEntryTimes(
                    out.toByteArray(), date.map(LocalDate::atStartOfDay).orElse(LocalDateTime.of(1980, 1, 1, 0, 0)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the worksheet", e);
        }
    }

    /** Points per line of the default font (Calibri 11), and the most a row may be. */
    private static final float LINE = 13.5f;

    private static final float MAX_HEIGHT = 409f;

    /**
     * A row's height: the most lines any of its cells wraps to in its column's width. Neither POI
     * nor LibreOffice fits rows to wrapped text when reading a file, so the worksheet sets them.
     */
    static float height(List<String> cells) {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            int perLine = Math.max(1, WIDTHS[c] * 6 / 5 - 2); // text is narrower than the width unit, a digit
            int cellLines = 0;
            for (String paragraph : cells.get(c).split("\n", -1)) {
                cellLines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
            }
            lines = Math.max(lines, cellLines);
        }
        return Math.min(MAX_HEIGHT, lines * LINE);
    }

    private static CellStyle headerStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    /** @param input a cell the assessor fills in: light yellow */
    private static CellStyle textStyle(Workbook workbook, boolean quotePrefixed, boolean input) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setQuotePrefixed(quotePrefixed);
        if (input) {
            style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    /**
     * A filled worksheet as read back: the program sheet's values and every row's ten cells as text,
     * each with its 1-based row number.
     */
    public record Filled(String programSheet, List<String> identity, List<FilledRow> rows) {}

    /** One row of a filled worksheet; {@code number} is the spreadsheet's row number (2 for the first). */
    public record FilledRow(int number, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** The cell reference of a column and row, e.g. {@code J57}. */
    public static String cellName(int column, int rowNumber) {
        return CellReference.convertNumToColString(column) + rowNumber;
    }

    /**
     * Reads a filled worksheet. Empty when the file is not a workbook with the worksheet's two sheets
     * and its format marker.
     */
    public static Optional<Filled> read(InputStream in) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() < 2) {
                return Optional.empty();
            }
            Sheet program = workbook.getSheetAt(1);
            List<String> identity = new ArrayList<>();
            for (int r = 0; r < FIELDS.size(); r++) {
                Row row = program.getRow(r);
                identity.add(row == null ? "" : text(row.getCell(1)));
            }
            if (!identity.get(FORMAT).equals(Worksheet.FORMAT)) {
                return Optional.empty();
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<FilledRow> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < HEADER_KEYS.length; c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                rows.add(new FilledRow(r + 1, cells));
            }
            return Optional.of(new Filled(program.getSheetName(), identity, rows));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return new DataFormatter(Locale.ROOT).formatCellValue(cell).strip();
    }
}
