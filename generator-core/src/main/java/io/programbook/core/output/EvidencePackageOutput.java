package io.programbook.core.output;

import io.programbook.core.api.EvidenceOptions;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.evidence.EvidencePackage;
import io.programbook.core.evidence.EvidenceRecord;
import io.programbook.core.evidence.EvidenceRegister;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The assessor package {@value EvidencePackage#FILE}: every file the run wrote before it (so it is
 * the last output of {@link Outputs#ALL}) and the shareable evidence files, see
 * {@link EvidencePackage}. A shareable file larger than {@link EvidenceOptions#maxFileBytes()}, or
 * a package larger than {@link EvidenceOptions#maxPackageBytes()}, fails the run with
 * {@link Rule#EVIDENCE_TOO_LARGE}, every such file named.
 */
public final class EvidencePackageOutput implements Output {

    @Override
    public List<String> fileNames() {
        return List.of(EvidencePackage.FILE);
    }

    /** Internal: the package holds the program folder's evidence files by their paths. */
    @Override
    public boolean internal() {
        return true;
    }

    @Override
    public void write(OutputContext context, OutputFiles files) {
        if (!writtenFor(context)) {
            return;
        }
        EvidenceOptions limits = context.request().evidence();
        Map<String, byte[]> entries = new TreeMap<>(files.all());
        long total = entries.values().stream().mapToLong(b -> b.length).sum();
        boolean tooLarge = false;
        for (EvidenceRecord record : EvidenceRegister.of(context.inputs()).records()) {
            if (!record.packaged()) {
                continue;
            }
            long size = record.size().orElseThrow();
            if (size > limits.maxFileBytes()) {
                tooLarge = true;
                context.diagnostics()
                        .error(
                                Rule.EVIDENCE_TOO_LARGE,
                                record.at(),
                                String.format(
                                        Locale.ROOT,
                                        "evidence file '%s' (%s) is %,d bytes, more than the %,d an evidence file of the"
                                                + " assessor package may have",
                                        record.location(),
                                        record.id(),
                                        size,
                                        limits.maxFileBytes()),
                                "make the file smaller, mark it 'shareable: false' to keep it out of the package,"
                                        + " or raise maxEvidenceFileSize");
                continue;
            }
            try {
                entries.put(
                        record.packagePath(),
                        Files.readAllBytes(context.inputs().programDir().resolve(record.location())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read evidence file " + record.location(), e);
            }
            total += size;
        }
        if (!tooLarge && total > limits.maxPackageBytes()) {
            context.diagnostics()
                    .error(
                            Rule.EVIDENCE_TOO_LARGE,
                            SourcePosition.wholeFile(context.displayName(EvidencePackage.FILE)),
                            String.format(
                                    Locale.ROOT,
                                    "the assessor package would hold %,d bytes, more than its limit of %,d",
                                    total,
                                    limits.maxPackageBytes()),
                            "mark large evidence files 'shareable: false', or raise maxPackageSize");
        }
        context.diagnostics().throwIfErrors();
        files.bytes(
                EvidencePackage.FILE,
                EvidencePackage.write(
                        entries,
                        Optional.ofNullable(
                                context.inputs().program().value().program().date())));
    }
}
