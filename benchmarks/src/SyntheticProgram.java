import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a synthetic security program of a given size for the benchmark (benchmarks/run.sh).
 * Java 17 single-file program, no dependencies:
 *
 * <pre>
 * java benchmarks/src/SyntheticProgram.java ITEMS PROJECT_DIR CATALOG_CLASSPATH_DIR [BUNDLED_2023_YAML]
 * </pre>
 *
 * 123 items follow the bundled catalogue iec-62443-2-4@2023 (its ids are read from the YAML file
 * given); any other size gets a synthetic catalogue {@code bench-N@1} written as a class-path
 * resource under CATALOG_CLASSPATH_DIR (programbook/catalogs/bench-N/1.yaml), which the benchmark
 * puts on the plugin's class path. All text is made up; none of it is the standard's.
 *
 * The program is shaped like a real one: every item has a statement (80 % implemented with
 * evidence, the rest partial, planned or not applicable), each functional area has a procedure
 * and an evidence file, and ten roles own the statements.
 */
public class SyntheticProgram {

    private static final String[] WORDS = ("access account alarm approval archive asset audit backup baseline boundary "
            + "change channel checklist configuration contract control data device directory engineer evidence firewall "
            + "gateway handover hardening incident inventory laptop log maintenance media network operator owner password "
            + "patch plant policy procedure record register remote report review risk role schedule segment service site "
            + "staff supplier system team test ticket training update vendor vulnerability workstation zone").split(" ");

    public static void main(String[] args) throws IOException {
        int size = Integer.parseInt(args[0]);
        Path project = Path.of(args[1]);
        Path catalogRoot = Path.of(args[2]);
        List<List<String>> groups = size == 123 ? bundledIds(Path.of(args[3])) : syntheticIds(size);
        String catalog = size == 123 ? "iec-62443-2-4@2023" : "bench-" + size + "@1";
        if (size != 123) {
            writeCatalog(catalogRoot.resolve("programbook/catalogs/bench-" + size + "/1.yaml"), size, groups);
        }
        Path program = project.resolve("src/programbook");
        write(program.resolve("program.yaml"), programYaml(catalog, size));
        write(program.resolve("profile.yaml"), """
                id: bench-profile
                name: Benchmark profile
                version: "1.0"
                catalog: %s
                defaultMaturity: ML2
                include: []
                parameters:
                  review-interval-months: 24
                """.formatted(catalog));
        int n = 0;
        for (List<String> group : groups) {
            String area = group.get(0).substring(0, 5);
            String slug = area.toLowerCase().replace('.', '-');
            StringBuilder statements = new StringBuilder("statements:\n");
            for (String id : group) {
                statements.append(statement(id, n++, slug));
            }
            write(program.resolve("statements/" + slug + ".yaml"), statements.toString());
            write(program.resolve("procedures/" + slug + ".adoc"), procedure(area, group, n));
            write(program.resolve("evidence/" + slug + "-register.csv"), "date,record,result\n2026-06-01,review,pass\n");
        }
    }

    private static List<List<String>> bundledIds(Path yaml) throws IOException {
        Pattern id = Pattern.compile("^\\s+- id: (SP\\.\\d\\d\\.\\d\\d (BR|RE\\(\\d+\\)))\\s*$");
        List<List<String>> groups = new ArrayList<>();
        String current = "";
        for (String line : Files.readAllLines(yaml)) {
            Matcher m = id.matcher(line);
            if (m.matches()) {
                String area = m.group(1).substring(0, 5);
                if (!area.equals(current)) {
                    groups.add(new ArrayList<>());
                    current = area;
                }
                groups.get(groups.size() - 1).add(m.group(1));
            }
        }
        return groups;
    }

    /** Groups of 20 base requirements with 4 enhancements each: 100 items per functional area. */
    private static List<List<String>> syntheticIds(int size) {
        List<List<String>> groups = new ArrayList<>();
        int perGroup = 100;
        int made = 0;
        for (int g = 1; made < size; g++) {
            List<String> ids = new ArrayList<>();
            for (int br = 1; br <= 20 && made < size; br++) {
                String base = String.format("SP.%02d.%02d", g, br);
                ids.add(base + " BR");
                made++;
                for (int re = 1; re <= 4 && made < size; re++) {
                    ids.add(base + " RE(" + re + ")");
                    made++;
                }
            }
            groups.add(ids);
        }
        return groups;
    }

    private static void writeCatalog(Path file, int size, List<List<String>> groups) throws IOException {
        StringBuilder y = new StringBuilder();
        y.append("id: bench-").append(size).append("\nedition: \"1\"\ntitle: Synthetic benchmark catalogue of ")
                .append(size).append(" items\npublisher: Programbook benchmark\nnote: Made-up items for measuring speed.\n");
        y.append("maturityLevels:\n");
        for (String[] ml : new String[][] {{"ML1", "Initial"}, {"ML2", "Managed"}, {"ML3", "Defined"}, {"ML4", "Improving"}}) {
            y.append("  - id: ").append(ml[0]).append("\n    name: ").append(ml[1]).append("\n    description: Level ")
                    .append(ml[1]).append(".\n");
        }
        y.append("groups:\n");
        int n = 0;
        for (List<String> group : groups) {
            String area = group.get(0).substring(0, 5);
            y.append("  - id: ").append(area).append("\n    name: Area ").append(area.substring(3)).append(' ')
                    .append(words(n, 3)).append("\n    description: Synthetic functional area.\n    items:\n");
            for (String id : group) {
                y.append("      - id: ").append(id).append("\n        title: ").append(capitalised(words(n++, 7)))
                        .append("\n        tags: [").append(WORDS[n % WORDS.length]).append("]\n        deliversDocument: ")
                        .append(n % 7 == 0).append("\n        confidence: high\n        provenance: synthetic\n");
            }
        }
        write(file, y.toString());
    }

    private static String programYaml(String catalog, int size) {
        StringBuilder roles = new StringBuilder();
        for (int r = 0; r < 10; r++) {
            roles.append("  - id: role-").append(r).append("\n    name: Role ").append(r).append(' ')
                    .append(capitalised(words(r, 2))).append("\n    description: ").append(capitalised(words(r * 3, 14)))
                    .append(".\n");
        }
        return """
                organisation:
                  name: Benchmark Automation GmbH
                  address: Teststrasse 1, 20457 Hamburg
                  contact: security@benchmark.example
                program:
                  title: Synthetic Security Program of %d Items
                  version: "1.0"
                  date: 2026-10-01
                catalog: %s
                profile: profile.yaml
                scope: |
                  A synthetic program for measuring Programbook. %s.
                roles:
                %s""".formatted(size, catalog, capitalised(words(size, 30)), roles);
    }

    private static String statement(String id, int n, String slug) {
        String status = n % 20 == 19 ? "not-applicable" : n % 10 == 8 ? "planned" : n % 10 == 9 ? "partial" : "implemented";
        StringBuilder s = new StringBuilder();
        s.append("  - item: ").append(id).append("\n    status: ").append(status)
                .append("\n    maturity: ").append(n % 6 == 0 ? "ML3" : "ML2")
                .append("\n    owner: role-").append(n % 10).append('\n');
        if (status.equals("not-applicable")) {
            s.append("    justification: ").append(capitalised(words(n, 12))).append(".\n");
        }
        s.append("    text: |\n      ").append(capitalised(words(n, 24))).append(". ").append(capitalised(words(n + 5, 18)))
                .append(" every {review-interval-months} months.\n\n      * *").append(capitalised(words(n + 1, 3)))
                .append("*: ").append(words(n + 2, 10)).append("\n      * *").append(capitalised(words(n + 3, 3)))
                .append("*: ").append(words(n + 4, 12)).append('\n');
        s.append("    procedures: [").append(slug).append("]\n");
        if (status.equals("implemented") || status.equals("partial")) {
            s.append("    evidence:\n      - file: evidence/").append(slug).append("-register.csv\n        title: Register of ")
                    .append(words(n, 4)).append("\n        date: 2026-0").append(1 + n % 9).append("-15\n");
        }
        if (n % 4 == 0) {
            s.append("    verification:\n      - by: Internal audit\n        date: 2026-07-01\n        result: pass\n        note: ")
                    .append(capitalised(words(n + 7, 10))).append(".\n");
        }
        return s.append('\n').toString();
    }

    private static String procedure(String area, List<String> ids, int n) {
        StringBuilder p = new StringBuilder();
        p.append("= Procedure for area ").append(area).append('\n').append(":pb-satisfies: ").append(String.join(", ", ids))
                .append("\n:pb-owner: role-").append(n % 10).append("\n\n");
        for (String section : new String[] {"Purpose", "Scope", "Steps", "Records"}) {
            p.append("== ").append(section).append("\n\n").append(capitalised(words(n++, 40))).append(".\n\n");
        }
        p.append(". ").append(capitalised(words(n, 8))).append(" (req:[").append(ids.get(0)).append("]).\n. ")
                .append(capitalised(words(n + 1, 9))).append(".\n");
        return p.toString();
    }

    private static String words(int seed, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[(seed * 31 + i * 17 + i * i) % WORDS.length]);
        }
        return b.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
