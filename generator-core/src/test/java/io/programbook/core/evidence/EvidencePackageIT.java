package io.programbook.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.testutil.ExampleProgram;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's assessor package: it unzips into a folder where every link of every HTML page
 * resolves (a file of the package, and the anchor in it), it holds the shareable evidence files and
 * no internal one, its manifest lists every entry with its hash, and its bytes are the same run after
 * run.
 */
class EvidencePackageIT {

    @TempDir
    static Path temp;

    static Path output;
    static Map<String, byte[]> entries;

    @BeforeAll
    static void generate() throws IOException {
        Path program = ExampleProgram.copy(temp.resolve("program"));
        output = temp.resolve("out");
        Generator.create()
                .generate(new GenerateRequest(
                        temp, program, output, Set.of(OutputFormat.HTML), Optional.empty(), Optional.empty()));
        entries = unzip(Files.readAllBytes(output.resolve(EvidencePackage.FILE)));
    }

    @Test
    void should_resolve_every_link_of_every_page_when_unzipped() throws IOException {
        // given
        Path unzipped = temp.resolve("unzipped");
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            Path file = unzipped.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, entry.getValue());
        }
        List<String> pages =
                entries.keySet().stream().filter(n -> n.endsWith(".html")).toList();
        assertThat(pages).contains("handbook.html", "evidence-register.html", "gap-report.html");

        // when
        List<String> broken = new ArrayList<>();
        int followed = 0;
        int evidenceLinks = 0;
        for (String page : pages) {
            Document document = Jsoup.parse(unzipped.resolve(page).toFile(), "UTF-8");
            for (Element link : document.select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) {
                    continue;
                }
                followed++;
                int hash = href.indexOf('#');
                String path = URLDecoder.decode(hash < 0 ? href : href.substring(0, hash), StandardCharsets.UTF_8);
                String fragment = hash < 0 ? "" : href.substring(hash + 1);
                Path target = path.isEmpty()
                        ? unzipped.resolve(page)
                        : unzipped.resolve(path).normalize();
                if (path.startsWith(EvidencePackage.FOLDER)) {
                    evidenceLinks++;
                }
                if (!target.startsWith(unzipped) || !Files.isRegularFile(target)) {
                    broken.add(page + ": " + href + " (no file)");
                } else if (!fragment.isEmpty()
                        && target.toString().endsWith(".html")
                        && Jsoup.parse(target.toFile(), "UTF-8").getElementById(fragment) == null) {
                    broken.add(page + ": " + href + " (no anchor)");
                }
            }
        }

        // then
        assertThat(broken).isEmpty();
        assertThat(followed).isGreaterThan(500);
        assertThat(evidenceLinks).as("links to evidence files in the package").isGreaterThan(40);
    }

    @Test
    void should_hold_the_shareable_evidence_files_and_no_internal_or_missing_one() {
        // then
        List<String> evidence = entries.keySet().stream()
                .filter(n -> n.startsWith(EvidencePackage.FOLDER))
                .toList();
        assertThat(evidence)
                .hasSize(15)
                .contains("evidence-files/evidence/remote-access-log-2026-08.csv")
                .doesNotContain("evidence-files/evidence/personnel-security-register-2026.csv");
        assertThat(entries.get("evidence-files/evidence/remote-access-log-2026-08.csv"))
                .isEqualTo(read(ExampleProgram.SOURCE.resolve("evidence/remote-access-log-2026-08.csv")));
    }

    @Test
    void should_list_every_entry_with_its_hash_in_the_manifest() throws Exception {
        // given
        String manifest = new String(entries.get(EvidencePackage.MANIFEST), StandardCharsets.UTF_8);

        // then
        List<String> expected = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (!entry.getKey().equals(EvidencePackage.MANIFEST)) {
                expected.add(HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(entry.getValue())) + "  "
                        + entry.getKey());
            }
        }
        assertThat(manifest.lines().toList())
                .containsExactlyElementsOf(expected.stream()
                        .sorted((a, b) -> a.substring(66).compareTo(b.substring(66)))
                        .toList());
    }

    @Test
    void should_write_the_same_bytes_again_with_entries_sorted_and_dated_the_program_date() throws IOException {
        // given
        Path again = temp.resolve("again");

        // when
        Generator.create()
                .generate(new GenerateRequest(
                        temp,
                        temp.resolve("program"),
                        again,
                        Set.of(OutputFormat.HTML),
                        Optional.empty(),
                        Optional.empty()));

        // then
        assertThat(Files.readAllBytes(again.resolve(EvidencePackage.FILE)))
                .isEqualTo(Files.readAllBytes(output.resolve(EvidencePackage.FILE)));
        assertThat(List.copyOf(entries.keySet())).isSorted();
        try (ZipInputStream zip = new ZipInputStream(
                new ByteArrayInputStream(Files.readAllBytes(output.resolve(EvidencePackage.FILE))))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getTimeLocal()).hasToString("2026-10-01T00:00");
                assertThat(entry.getExtra()).isNull();
            }
        }
    }

    private static Map<String, byte[]> unzip(byte[] zipBytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
