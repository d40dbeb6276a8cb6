package io.programbook.core.render;

import io.programbook.core.model.Catalog;
import io.programbook.core.model.Program;
import io.programbook.core.model.Status;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.GapKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Prepares the glossary from the catalogue's maturity levels, the bundle's words and the program's roles. */
public final class GlossaryViewBuilder {

    public GlossaryView build(Catalog catalog, Program program, Messages messages) {
        List<GlossaryView.Section> sections = new ArrayList<>();
        sections.add(new GlossaryView.Section(
                Adoc.text(messages.get("glossary.maturity")),
                catalog.maturityLevels().stream()
                        .map(l -> new GlossaryView.Term(Adoc.text(l.id() + " " + l.name()), Adoc.text(l.description())))
                        .toList()));
        sections.add(new GlossaryView.Section(
                Adoc.text(messages.get("glossary.terms")),
                List.of(
                        term("BR", messages.get("glossary.br")),
                        term("RE", messages.get("glossary.re")),
                        term(messages.get("glossary.asset-owner.term"), messages.get("glossary.asset-owner")),
                        term(messages.get("glossary.coverage.term"), messages.get("glossary.coverage")))));
        sections.add(new GlossaryView.Section(
                Adoc.text(messages.get("glossary.statuses")),
                Arrays.stream(Status.values())
                        .map(s -> term(messages.get(s.message()), messages.get("glossary.status." + s.label())))
                        .toList()));
        sections.add(new GlossaryView.Section(
                Adoc.text(messages.get("glossary.gaps")),
                Arrays.stream(GapKind.values())
                        .map(k -> term(messages.get(k.title()), messages.get(k.action())))
                        .toList()));
        if (!program.roles().isEmpty()) {
            sections.add(new GlossaryView.Section(
                    Adoc.text(messages.get("glossary.roles")),
                    program.roles().stream()
                            .map(r -> term(r.name(), r.description()))
                            .toList()));
        }
        return new GlossaryView(sections);
    }

    private static GlossaryView.Term term(String term, String meaning) {
        return new GlossaryView.Term(Adoc.text(term), Adoc.text(meaning));
    }
}
