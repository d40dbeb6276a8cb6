package io.programbook.core.render;

import java.util.List;

/**
 * The handbook's glossary: the maturity levels, BR and RE, the statuses, the gap kinds, the asset
 * owner and the program's roles. Every field is escaped for AsciiDoc.
 */
public record GlossaryView(List<Section> sections) {

    public GlossaryView {
        sections = List.copyOf(sections);
    }

    /** A group of terms under a heading. */
    public record Section(String title, List<Term> terms) {

        public Section {
            terms = List.copyOf(terms);
        }
    }

    /** A term and what it means. */
    public record Term(String term, String meaning) {}
}
