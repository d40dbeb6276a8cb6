package io.programbook.core.edition;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.DocumentOptions;
import io.programbook.core.model.ItemId;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.text.Message;
import io.programbook.core.text.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every shipped language has a notes file for every bundled edition mapping, with words for every
 * change note of the mapping (and the mapping's own note), and German documents get them while the
 * English words for tools stay as they are.
 */
class MappingNotesTest {

    private static final List<EditionMapping> MAPPINGS = new EditionMappings(Fixtures.yaml()).all();

    /** The shipped languages whose words differ from the mappings' own (English). */
    private static List<String> translated() {
        return DocumentOptions.LANGUAGES.stream()
                .filter(tag -> !tag.equals("en") && !Locale.forLanguageTag(tag).equals(Messages.PSEUDO))
                .toList();
    }

    @Test
    void should_have_a_complete_notes_file_for_every_mapping_in_every_shipped_language() {
        assertThat(translated()).contains("de");
        assertThat(MAPPINGS).hasSameSizeAs(EditionMappings.BUNDLED);
        List<String> problems = new ArrayList<>();
        for (String language : translated()) {
            for (int i = 0; i < MAPPINGS.size(); i++) {
                String resource = EditionMappings.BUNDLED.get(i);
                Optional<MappingNotes.Notes> notes = MappingNotes.notes(resource, language);
                if (notes.isEmpty()) {
                    problems.add(resource + " has no notes in '" + language + "' ("
                            + MappingNotes.resource(resource, language) + ")");
                    continue;
                }
                assertThat(notes.get().from()).isEqualTo(MAPPINGS.get(i).from());
                assertThat(notes.get().to()).isEqualTo(MAPPINGS.get(i).to());
                assertThat(notes.get().language()).isEqualTo(language);
                problems.addAll(missing(MAPPINGS.get(i), notes.get(), resource + " in '" + language + "'"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void should_find_a_note_without_words_an_edited_note_and_a_note_twice() {
        EditionMapping mapping = MAPPINGS.get(0);
        MappingNotes.Notes german =
                MappingNotes.notes(EditionMappings.BUNDLED.get(0), "de").orElseThrow();
        String patchNote =
                mapping.toItem(ItemId.parse("SP.11.02 BR")).orElseThrow().note();
        List<MappingNotes.Entry> entries = new ArrayList<>(german.notes());
        entries.removeIf(e -> e.english().equals(patchNote));
        entries.add(new MappingNotes.Entry("A note the mapping no longer has.", "Ein Hinweis, den es nicht gibt."));
        entries.add(new MappingNotes.Entry(mapping.note(), "Noch einmal."));
        String clarifiedNote =
                mapping.toItem(ItemId.parse("SP.01.02 BR")).orElseThrow().note();
        entries.replaceAll(e -> e.english().equals(clarifiedNote) ? new MappingNotes.Entry(clarifiedNote, " ") : e);

        assertThat(missing(mapping, new MappingNotes.Notes(mapping.from(), mapping.to(), "de", entries), "test"))
                .containsExactlyInAnyOrder(
                        "test: no words for the note \"" + patchNote + "\" (SP.11.02 BR)",
                        "test: no words for the note \"" + clarifiedNote + "\" (SP.01.02 BR)",
                        "test: \"A note the mapping no longer has.\" is no note of the mapping",
                        "test: the note \"" + mapping.note() + "\" is there twice");
    }

    @Test
    void should_give_german_documents_the_german_note_and_tools_the_english_one() {
        ItemMapping clarified =
                MAPPINGS.get(0).toItem(ItemId.parse("SP.01.02 BR")).orElseThrow();
        Suspect suspect = new Suspect(
                clarified.to(),
                "SP.01",
                "2015+AMD1:2017",
                "2023",
                Suspect.Reason.EDITION_CHANGED,
                Optional.of(clarified),
                "",
                "");
        String german = Messages.of(Locale.GERMAN).get(suspect.detailMessage());

        assertThat(german)
                .contains("Anforderungen, die für den Betreiber spezifisch sind, werden neben seinen allgemeinen"
                        + " Sicherheitsrichtlinien ausdrücklich genannt.")
                .doesNotContain("asset owner");
        assertThat(suspect.detail()).contains(clarified.note());
        assertThat(Messages.of(Messages.PSEUDO).get(suspect.detailMessage())).contains(clarified.note());

        // read in reverse, the same note finds the same words; a note no file has stays as it is
        ItemMapping reversed =
                MAPPINGS.get(0).reversed().fromItem(clarified.to()).orElseThrow();
        assertThat(MappingNotes.translate(reversed.note(), Locale.GERMANY))
                .startsWith("Anforderungen, die")
                .isEqualTo(MappingNotes.translate(clarified.note(), Locale.GERMAN));
        assertThat(MappingNotes.translate("2023: A joined note.", Locale.GERMAN))
                .isEqualTo("2023: A joined note.");
        assertThat(MappingNotes.of(MAPPINGS.get(0).note()).in(Locale.GERMAN))
                .startsWith("Die Kennungen und Funktionsbereiche");
        assertThat(Messages.of(Locale.GERMAN).get(Message.of("changes.verbatim", MappingNotes.of(clarified.note()))))
                .startsWith("Anforderungen, die");
    }

    /** The notes of a mapping a notes file gives no words for, and the entries no note of the mapping has. */
    static List<String> missing(EditionMapping mapping, MappingNotes.Notes notes, String where) {
        List<String> problems = new ArrayList<>();
        Set<String> english = new LinkedHashSet<>();
        for (MappingNotes.Entry entry : notes.notes()) {
            if (!english.add(entry.english())) {
                problems.add(where + ": the note \"" + entry.english() + "\" is there twice");
            }
        }
        Set<String> needed = new LinkedHashSet<>();
        needed.add(mapping.note());
        if (!has(notes, mapping.note())) {
            problems.add(where + ": no words for the note of the mapping");
        }
        for (ItemMapping item : mapping.items()) {
            if (item.note().isEmpty() || !needed.add(item.note())) {
                continue;
            }
            if (!has(notes, item.note())) {
                problems.add(where + ": no words for the note \"" + item.note() + "\" (" + item.anyId() + ")");
            }
        }
        english.stream()
                .filter(note -> !needed.contains(note))
                .forEach(note -> problems.add(where + ": \"" + note + "\" is no note of the mapping"));
        return problems;
    }

    /** Whether the file has words for a note: the first entry of that English counts, as in documents. */
    private static boolean has(MappingNotes.Notes notes, String english) {
        return notes.notes().stream()
                .filter(e -> e.english().equals(english))
                .findFirst()
                .map(e -> e.text() != null && !e.text().isBlank())
                .orElse(false);
    }
}
