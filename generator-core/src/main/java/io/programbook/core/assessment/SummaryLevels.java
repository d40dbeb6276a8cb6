package io.programbook.core.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.SourceFile;
import io.programbook.core.load.YamlReader;
import io.programbook.core.model.ItemId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The summary levels of the assessment worksheet for one catalogue edition: catalogue data in the
 * programbook-catalog jar ({@code programbook/summary-levels/<catalogue>/<edition>.yaml}). Each
 * functional area is one level, except SP.03, which is split in three (solution hardening, network
 * security, data protection): 14 levels.
 */
public final class SummaryLevels {

    private static final Map<String, Optional<SummaryLevels>> CACHE = new ConcurrentHashMap<>();

    private final List<Level> levels;

    private SummaryLevels(List<Level> levels) {
        this.levels = List.copyOf(levels);
    }

    /**
     * One level.
     *
     * @param members functional areas ({@code SP.01}), requirements ({@code SP.03.01}: the BR and
     *                every RE) or single items ({@code SP.03.03 BR})
     */
    public record Level(String id, String english, String german, List<String> members) {

        public Level {
            members = List.copyOf(members);
        }

        /** The level's name in a language; English where there is no translation. */
        public String name(Locale locale) {
            return locale.getLanguage().equals("de") && !german.isEmpty() ? german : english;
        }

        boolean contains(ItemId item) {
            return members.stream()
                    .anyMatch(
                            m -> m.equals(item.groupId()) || m.equals(item.requirement()) || m.equals(item.toString()));
        }
    }

    /** The levels of a catalogue edition, e.g. {@code iec-62443-2-4@2023}; empty when none are shipped. */
    public static Optional<SummaryLevels> of(String catalogReference) {
        return CACHE.computeIfAbsent(catalogReference, SummaryLevels::load);
    }

    /** The resource of an edition's levels, e.g. {@code programbook/summary-levels/iec-62443-2-4/2023.yaml}. */
    static String resource(String catalogReference) {
        int at = catalogReference.indexOf('@');
        return at <= 0
                ? ""
                : "programbook/summary-levels/" + catalogReference.substring(0, at) + "/"
                        + catalogReference.substring(at + 1).replace(':', '-') + ".yaml";
    }

    private static Optional<SummaryLevels> load(String catalogReference) {
        String resource = resource(catalogReference);
        if (resource.isEmpty() || SummaryLevels.class.getClassLoader().getResource(resource) == null) {
            return Optional.empty();
        }
        Diagnostics diagnostics = new Diagnostics();
        JsonNode root = new YamlReader()
                .read(SourceFile.resource(resource), diagnostics)
                .orElseThrow(() -> new IllegalStateException("cannot read " + resource + ": " + diagnostics.all()))
                .root();
        List<Level> levels = new ArrayList<>();
        for (JsonNode level : root.path("levels")) {
            List<String> members = new ArrayList<>();
            level.path("members").forEach(m -> members.add(m.asText()));
            levels.add(new Level(
                    level.path("id").asText(),
                    level.path("name").path("en").asText(),
                    level.path("name").path("de").asText(),
                    members));
        }
        return Optional.of(new SummaryLevels(levels));
    }

    public List<Level> levels() {
        return levels;
    }

    /** The level an item is summarised in; empty for an item of no level (an organisation's own). */
    public Optional<Level> level(ItemId item) {
        return levels.stream().filter(l -> l.contains(item)).findFirst();
    }
}
