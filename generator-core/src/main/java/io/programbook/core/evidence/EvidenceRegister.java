package io.programbook.core.evidence;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.load.PerInputs;
import io.programbook.core.load.ProgramFolder;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.Suggestions;
import io.programbook.core.model.Evidence;
import io.programbook.core.model.EvidenceSettings;
import io.programbook.core.model.Role;
import io.programbook.core.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every evidence record of a program, once each however often statements cite it, sorted by id.
 * Citations of the same file (the same address, the same description of a record kept elsewhere)
 * are one record: what one of them declares about
 * the record (its id, owner, validity, hash, whether it is shareable) holds for all, and two
 * citations that declare different values are an error.
 *
 * <p>Building the register checks it (see {@link #build}): ids unique and well formed
 * ({@link Rule#EVIDENCE_ID}), citations that agree ({@link Rule#EVIDENCE_CONFLICT}), a validity
 * that does not end before the record's date ({@link Rule#EVIDENCE_VALIDITY}), owners that are
 * declared roles ({@link Rule#ROLE_UNKNOWN}), and files whose content still has the hash recorded
 * when they were reviewed ({@link Rule#EVIDENCE_CHANGED}, a warning), and no hash recorded for an
 * address or a record kept elsewhere ({@link Rule#EVIDENCE_INVALID}: only a file has one).
 */
public record EvidenceRegister(List<EvidenceRecord> records) {

    public EvidenceRegister {
        records = List.copyOf(records);
    }

    /** The registers {@link #of} made, per loaded program. */
    private static final PerInputs<EvidenceRegister> MADE = new PerInputs<>();

    /**
     * The register of a program; its findings are dropped (the validator reported them). The
     * documents of one edition share one register (the same inputs, by identity), so that each
     * evidence file is read and hashed once per edition, not once per document.
     */
    public static EvidenceRegister of(ProgramInputs inputs) {
        return MADE.of(inputs, () -> build(inputs, new Diagnostics()));
    }

    /** The record an evidence entry cites. */
    public Optional<EvidenceRecord> recordOf(Evidence evidence) {
        String location = location(evidence);
        EvidenceRecord.Kind kind = kind(evidence);
        return records.stream()
                .filter(r -> r.kind() == kind && r.location().equals(location))
                .findFirst();
    }

    /** The record with this id. */
    public Optional<EvidenceRecord> byId(String id) {
        return records.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** What kind of record an entry cites. */
    public static EvidenceRecord.Kind kind(Evidence evidence) {
        return evidence.fileBased()
                ? EvidenceRecord.Kind.FILE
                : evidence.urlBased() ? EvidenceRecord.Kind.URL : EvidenceRecord.Kind.RECORD;
    }

    /**
     * A record's location as the register writes it: a file path with {@code /}, normalised, the
     * address, or the description of a record kept elsewhere.
     */
    public static String location(Evidence evidence) {
        if (evidence.recordBased()) {
            return evidence.record();
        }
        if (!evidence.fileBased()) {
            return evidence.url();
        }
        String normal = Path.of(evidence.file()).normalize().toString().replace('\\', '/');
        return normal.startsWith("./") ? normal.substring(2) : normal;
    }

    /** One citation: an entry of a statement. */
    private record Citation(Located<Statement> statement, int index) {

        Evidence evidence() {
            return statement.value().evidence().get(index);
        }

        SourcePosition at(String field) {
            return statement.position("evidence/" + index + (field.isEmpty() ? "" : "/" + field));
        }
    }

    /** Builds the register and reports what is wrong with it. */
    public static EvidenceRegister build(ProgramInputs inputs, Diagnostics diagnostics) {
        EvidenceSettings settings = inputs.program().value().evidence();
        Set<String> roles =
                inputs.program().value().roles().stream().map(Role::id).collect(Collectors.toSet());
        // by kind and location: a description that reads like a path is still no file
        Map<String, List<Citation>> byLocation = new LinkedHashMap<>();
        for (Located<Statement> statement : inputs.statements()) {
            for (int i = 0; i < statement.value().evidence().size(); i++) {
                Citation citation = new Citation(statement, i);
                if (citation.evidence().fileBased() && outside(inputs, citation)) {
                    continue; // PB-PATH-OUTSIDE reported it; it is no record of the program
                }
                byLocation
                        .computeIfAbsent(
                                kind(citation.evidence()).code() + ":" + location(citation.evidence()),
                                k -> new ArrayList<>())
                        .add(citation);
            }
        }
        List<EvidenceRecord> records = new ArrayList<>();
        Map<String, Citation> firstWithId = new LinkedHashMap<>();
        for (Map.Entry<String, List<Citation>> entry : byLocation.entrySet()) {
            List<Citation> citations = entry.getValue();
            Citation first = citations.get(0);
            Evidence evidence = first.evidence();
            String location = location(evidence);
            Optional<Citation> idCitation = declared(citations, "id", Evidence::id, diagnostics);
            idCitation.ifPresent(c -> {
                if (!EvidenceIds.VALID.matcher(c.evidence().id()).matches()) {
                    diagnostics.error(
                            Rule.EVIDENCE_ID,
                            c.at("id"),
                            "'" + c.evidence().id() + "' is not a valid evidence id",
                            "use letters, digits, '.', '_' and '-' (up to 80, starting with a letter or digit),"
                                    + " e.g. 'EV-remote-access-log'");
                }
            });
            String id = idCitation.map(c -> c.evidence().id()).orElseGet(() -> EvidenceIds.derive(evidence));
            Citation idAt = idCitation.orElse(first);
            Citation clash = firstWithId.putIfAbsent(id, idAt);
            if (clash != null) {
                diagnostics.error(
                        Rule.EVIDENCE_ID,
                        idAt.at(idCitation.isPresent() ? "id" : ""),
                        "two evidence records have the id '" + id + "': '" + location + "' here and '"
                                + location(clash.evidence()) + "' at " + clash.at(""),
                        "give one of them its own id: add 'id:' (e.g. 'id: " + id + "-2') to its entry");
            }
            String owner = declared(citations, "owner", Evidence::owner, diagnostics)
                    .map(c -> {
                        if (!roles.contains(c.evidence().owner())) {
                            diagnostics.error(
                                    Rule.ROLE_UNKNOWN,
                                    c.at("owner"),
                                    "unknown role '" + c.evidence().owner() + "' as the owner of evidence " + id,
                                    Suggestions.nearest(c.evidence().owner(), roles)
                                                    .map(r -> "did you mean '" + r + "'? ")
                                                    .orElse("")
                                            + "declared roles: "
                                            + String.join(
                                                    ", ",
                                                    roles.stream().sorted().toList()));
                        }
                        return c.evidence().owner();
                    })
                    .orElse("");
            Optional<Citation> validity =
                    declared(citations, "validUntil", e -> Objects.toString(e.validUntil(), ""), diagnostics);
            LocalDate validUntil = validity.map(c -> c.evidence().validUntil()).orElse(null);
            for (Citation c : citations) {
                if (!c.evidence().sha256().isEmpty() && !c.evidence().fileBased()) {
                    diagnostics.error(
                            Rule.EVIDENCE_INVALID,
                            c.at("sha256"),
                            "evidence " + id + " is "
                                    + (c.evidence().recordBased() ? "a record kept elsewhere" : "an address")
                                    + " and has no hash: only a file in the program folder has a SHA-256 to check",
                            "remove 'sha256:' from this entry; to pin the record as reviewed, cite a copy of it"
                                    + " (a scan, an export) with 'file:' and record that file's hash");
                }
            }
            Optional<Citation> recordedAt =
                    declared(citations, "sha256", e -> e.fileBased() ? e.sha256() : "", diagnostics);
            String recorded = recordedAt.map(c -> c.evidence().sha256()).orElse("");
            boolean shareable = declared(citations, "shareable", e -> Objects.toString(e.shareable(), ""), diagnostics)
                    .map(c -> c.evidence().shareable())
                    .orElse(settings.shareableByDefault());
            LocalDate date = citations.stream()
                    .map(c -> c.evidence().date())
                    .filter(Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            for (Citation c : citations) {
                LocalDate until = c.evidence().validUntil();
                LocalDate made = c.evidence().date();
                if (until != null && made != null && until.isBefore(made)) {
                    diagnostics.error(
                            Rule.EVIDENCE_VALIDITY,
                            c.at("validUntil"),
                            "evidence " + id + " is valid until " + until + ", before its date " + made,
                            "correct 'validUntil:' (the last day the record counts) or 'date:' (when it was made)");
                }
            }
            Optional<Long> size = Optional.empty();
            String sha256 = "";
            if (evidence.fileBased()) {
                Optional<Path> file = ProgramFolder.resolve(
                                inputs.programDir(),
                                inputs.programDir(),
                                evidence.file(),
                                "evidence path",
                                first.at("file"),
                                new Diagnostics())
                        .filter(Files::isRegularFile);
                if (file.isPresent()) {
                    try {
                        size = Optional.of(Files.size(file.get()));
                        sha256 = sha256(file.get());
                    } catch (IOException e) {
                        size = Optional.empty();
                    }
                }
            }
            if (!recorded.isEmpty() && !sha256.isEmpty() && !recorded.equals(sha256)) {
                diagnostics.warning(
                        Rule.EVIDENCE_CHANGED,
                        recordedAt.get().at("sha256"),
                        "evidence changed since it was reviewed: " + location + " no longer has the SHA-256"
                                + " recorded here",
                        "review the file again; when it is right, record its new hash: 'sha256: " + sha256 + "'");
            }
            Set<String> items = new LinkedHashSet<>();
            citations.forEach(c -> items.add(c.statement().value().item().toString()));
            String host = EvidenceIds.host(evidence);
            records.add(new EvidenceRecord(
                    id,
                    evidence.title(),
                    kind(evidence),
                    location,
                    owner,
                    date,
                    validUntil,
                    List.copyOf(items),
                    size,
                    sha256,
                    recorded,
                    shareable,
                    !host.isEmpty() && settings.internal(host),
                    first.at("")));
        }
        records.sort(Comparator.comparing(EvidenceRecord::id).thenComparing(EvidenceRecord::location));
        return new EvidenceRegister(records);
    }

    /** Whether a file citation names no file inside the program folder (or is no valid path). */
    private static boolean outside(ProgramInputs inputs, Citation citation) {
        return ProgramFolder.resolve(
                        inputs.programDir(),
                        inputs.programDir(),
                        citation.evidence().file(),
                        "evidence path",
                        citation.at("file"),
                        new Diagnostics())
                .isEmpty();
    }

    /**
     * The first citation that declares a field, checking that every other one that declares it
     * gives the same value.
     */
    private static Optional<Citation> declared(
            List<Citation> citations, String field, Function<Evidence, String> value, Diagnostics diagnostics) {
        Citation first = null;
        for (Citation c : citations) {
            String v = value.apply(c.evidence());
            if (v.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = c;
            } else if (!v.equals(value.apply(first.evidence()))) {
                diagnostics.error(
                        Rule.EVIDENCE_CONFLICT,
                        c.at(field),
                        "this entry cites " + location(c.evidence()) + " with " + field + " '" + v + "', "
                                + first.at(field) + " with '" + value.apply(first.evidence()) + "'",
                        "an evidence record has one " + field + ": write the same value in both entries, or"
                                + " write it in one of them only");
            }
        }
        return Optional.ofNullable(first);
    }

    /** The SHA-256 of a file, as 64 lower-case hex digits. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
