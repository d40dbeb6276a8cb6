package io.programbook.core.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a table as an Excel workbook (Office Open XML) with Apache POI: one sheet, a bold header
 * row that stays in view (frozen pane) and carries an auto-filter, fixed column widths and wrapped
 * text. Every value is a text cell, so nothing is ever evaluated; formula-like values are in
 * addition marked "quote prefixed", so editing such a cell does not turn it into a formula either.
 *
 * <p>The bytes are deterministic: POI stamps the current time on the package's creation date and
 * on every zip entry, so the creation date is set to the document date (or left out) and the zip
 * is rewritten with one fixed entry time.
 */
public final class XlsxWriter {

    /** The DOS epoch: the zip entry time when the document has no date. */
    private static final LocalDateTime NO_DATE = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** Rows kept in memory while streaming; the frozen header row is written first, so nothing needs more. */
    static final int ROWS_IN_MEMORY = 100;

    private XlsxWriter() {}

    /**
     * @param widths column widths in characters, one per header column
     * @param date   the document date: the workbook's creation date and every zip entry's time
     */
    public static byte[] write(
            String sheetName,
            List<String> header,
            List<Integer> widths,
            List<List<String>> rows,
            String title,
            String author,
            Optional<LocalDate> date) {
        if (widths.size() != header.size()) {
            throw new IllegalArgumentException("one width per column");
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY, false, false)) {
            // sizes in the local headers, as java.util.zip reads them back when fixing the entry times
            workbook.setZip64Mode(Zip64Mode.Never);
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle headerStyle = headerStyle(workbook);
            CellStyle textStyle = textStyle(workbook, false);
            CellStyle quotedStyle = textStyle(workbook, true);

            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(c, Math.min(255, widths.get(c)) * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < header.size(); c++) {
                    String value = c < values.size() && values.get(c) != null ? values.get(c) : "";
                    Cell cell = row.createCell(c);
                    cell.setCellValue(value);
                    cell.setCellStyle(SpreadsheetCells.formulaLike(value) ? quotedStyle : textStyle);
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, header.size() - 1));

            POIXMLProperties.CoreProperties core =
                    workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setTitle(title);
            core.setCreator(author);
            core.getUnderlyingProperties()
                    .setCreatedProperty(date.map(d -> Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out); // closing the workbook deletes the streamed rows' temporary file
            return withFixedEntryTimes(
                    out.toByteArray(), date.map(LocalDate::atStartOfDay).orElse(NO_DATE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
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

    private static CellStyle textStyle(Workbook workbook, boolean quotePrefixed) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setQuotePrefixed(quotePrefixed);
        return style;
    }

    /**
     * Copies a zip, entry by entry in the same order, giving every entry the same local time. Local
     * (DOS) time is stored as given, independent of the machine's time zone.
     */
    public static byte[] withFixedEntryTimes(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
