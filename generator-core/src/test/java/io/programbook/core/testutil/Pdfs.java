package io.programbook.core.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading generated PDFs in tests, with PDFBox. */
public final class Pdfs {

    /** The smallest PNG there is, one transparent pixel: a logo for branding tests. */
    public static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private Pdfs() {}

    public static PDDocument open(Path pdf) throws IOException {
        return Loader.loadPDF(Files.readAllBytes(pdf));
    }

    /** The text of the pages, with every run of white space (line breaks of the layout included) as one space. */
    public static String text(PDDocument pdf, int fromPage, int toPage) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(fromPage);
        stripper.setEndPage(toPage);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }
}
