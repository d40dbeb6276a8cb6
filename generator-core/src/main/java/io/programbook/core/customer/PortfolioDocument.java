package io.programbook.core.customer;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.SourceFile;
import io.programbook.core.model.Program;
import io.programbook.core.output.BrandingAssets;
import io.programbook.core.output.DocumentPages;
import io.programbook.core.output.OutputFiles;
import io.programbook.core.output.PageMemo;
import io.programbook.core.render.Adoc;
import io.programbook.core.render.TemplateRenderer;
import io.programbook.core.table.Table;
import io.programbook.core.table.TabularFormat;
import io.programbook.core.text.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the portfolio for the provider: {@code portfolio.adoc}, {@code portfolio.html} when HTML
 * is asked for, and the table in every {@link TabularFormat} ({@code .csv}, {@code .xlsx},
 * {@code .json}), in the run's language.
 */
public final class PortfolioDocument {

    public static final String ADOC = Portfolio.ID + ".adoc";
    public static final String HTML = Portfolio.ID + ".html";

    /** Every file the portfolio may write. */
    public static final List<String> FILES = Stream.concat(
                    Stream.of(ADOC, HTML), TabularFormat.fileNames(Portfolio.ID).stream())
            .toList();

    private PortfolioDocument() {}

    public static void write(
            GenerateRequest request,
            ProgramInputs inputs,
            List<Portfolio.Row> rows,
            Supplier<DocumentConverter> converter,
            Diagnostics diagnostics,
            BrandingAssets branding,
            PageMemo memo,
            OutputFiles files) {
        Messages messages = Messages.of(request.locale());
        TemplateRenderer templates = new TemplateRenderer(request.templateOverrides(), messages);
        Program program = inputs.program().value();
        String title = messages.get("portfolio.title", program.program().title());
        Table table = Portfolio.table(
                rows,
                title,
                program.organisation().name(),
                Optional.ofNullable(program.program().date()),
                messages);
        for (TabularFormat format : TabularFormat.values()) {
            String name = format.fileName(Portfolio.ID);
            String shown = SourceFile.of(request.outputDir().resolve(name), request.baseDir())
                    .displayName();
            files.bytes(name, format.write(table, messages, diagnostics, shown));
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", Adoc.text(program.program().title()));
        view.put("organisation", Adoc.text(program.organisation().name()));
        view.put(
                "date",
                program.program().date() == null
                        ? ""
                        : messages.date(program.program().date()));
        view.put("cols", table.headings().stream().map(h -> "1").collect(Collectors.joining(",")));
        view.put("headers", table.headers().stream().map(Adoc::text).toList());
        List<List<String>> cells = new ArrayList<>();
        table.cells().forEach(r -> cells.add(r.stream().map(Adoc::text).toList()));
        view.put("rows", cells);
        String adoc = templates.render("portfolio.adoc.ftl", Map.of("portfolio", Collections.unmodifiableMap(view)));
        files.text(ADOC, adoc);
        if (request.formats().contains(OutputFormat.HTML)) {
            DocumentPages pages = new DocumentPages(
                    templates,
                    converter,
                    diagnostics,
                    branding,
                    request.pdfDate(),
                    request.baseDir(),
                    request.outputDir(),
                    new DocumentPages.Imprint(
                            program.organisation().name(),
                            program.program().version(),
                            program.program().date() == null
                                    ? ""
                                    : messages.date(program.program().date())),
                    request.policy(),
                    false,
                    DocumentPages.Word.BUNDLED,
                    memo);
            files.text(HTML, pages.htmlPage(ADOC, adoc, title));
        }
    }
}
