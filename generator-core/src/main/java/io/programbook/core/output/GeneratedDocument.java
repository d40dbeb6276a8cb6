package io.programbook.core.output;

import io.programbook.core.text.Messages;
import java.util.List;

/**
 * A document of {@code generate}: a {@link Document} declaration over the run's
 * {@link OutputContext}, written by {@link DocumentRenderer}. Its subject is the program's title and
 * its PDF title page names the catalogue and profile the program follows.
 */
public abstract class GeneratedDocument implements Document<OutputContext>, Output {

    @Override
    public String subject(OutputContext context) {
        return context.inputs().program().value().program().title();
    }

    @Override
    public TitlePage titlePage(OutputContext context, Messages messages) {
        return TitlePage.of(messages.get("document." + id() + ".kind", subject(context)), context);
    }

    @Override
    public List<String> fileNames() {
        return Document.super.fileNames();
    }

    @Override
    public void write(OutputContext context, OutputFiles files) {
        DocumentRenderer.write(this, context, context.request().formats(), context.pages(), context.messages(), files);
    }
}
