package io.programbook.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The user manual as Maven builds it: the plugin descriptor that {@code maven-plugin-plugin} writes
 * from the Mojos' annotations and Javadoc (what {@code mvn programbook:help -Ddetail} prints). Pins
 * every goal's parameters with their property and default, so that moving a parameter between the
 * goals' shared base classes cannot change what users configure.
 */
class PluginDescriptorTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    /** The user guide's page of each goal: {@code docs/goals/<goal>.md}. */
    private static final Path GOAL_PAGES = Path.of("../docs/goals");

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** One parameter of one goal as users see it. */
    record Param(String goal, String name, String property, String defaultValue, boolean editable, String description) {

        String row() {
            return goal + " " + name + " " + (property.isEmpty() ? "-" : property) + " "
                    + (defaultValue.isEmpty() ? "-" : defaultValue) + (editable ? "" : " (read-only)");
        }
    }

    static List<Param> params;

    @BeforeAll
    static void read() throws Exception {
        assertThat(DESCRIPTOR)
                .as("the plugin descriptor (written in process-classes)")
                .isRegularFile();
        Document xml =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(DESCRIPTOR));
        params = new ArrayList<>();
        NodeList mojos = xml.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = child(mojo, "goal").getTextContent();
            if (goal.equals("help")) {
                continue;
            }
            Map<String, Element> configuration = new TreeMap<>();
            for (Element c : children(child(mojo, "configuration"))) {
                configuration.put(c.getTagName(), c);
            }
            for (Element p : children(child(mojo, "parameters"))) {
                String name = child(p, "name").getTextContent();
                Element c = configuration.get(name);
                String property = c == null ? "" : c.getTextContent().replaceAll("^\\$\\{(.*)}$", "$1");
                String defaultValue = c == null ? "" : c.getAttribute("default-value");
                Element description = child(p, "description");
                params.add(new Param(
                        goal,
                        name,
                        property,
                        defaultValue,
                        "true".equals(child(p, "editable").getTextContent()),
                        description == null ? "" : description.getTextContent().strip()));
            }
        }
    }

    private static Element child(Element parent, String tag) {
        return children(parent).stream()
                .filter(e -> e.getTagName().equals(tag))
                .findFirst()
                .orElse(null);
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    @Test
    void should_keep_every_goal_s_parameters_with_their_properties_and_defaults() {
        assertThat(params.stream().filter(Param::editable).map(Param::row).sorted())
                .containsExactly(
                        "check allowPassthrough programbook.allowPassthrough false",
                        "check allowRemoteImages programbook.allowRemoteImages false",
                        "check areaCoverage - -",
                        "check failOnDraft programbook.check.failOnDraft false",
                        "check failOnFailWithoutAction programbook.check.failOnFailWithoutAction false",
                        "check failOnGaps programbook.check.failOnGaps -",
                        "check failOnGapsWithoutAction programbook.check.failOnGapsWithoutAction false",
                        "check failOnOverdueActions programbook.check.failOnOverdueActions false",
                        "check failOnOverdueFindings programbook.check.failOnOverdueFindings false",
                        "check failWithoutGates programbook.check.failWithoutGates true",
                        "check maxEvidenceAgeMonths programbook.maxEvidenceAgeMonths -",
                        "check minimumAreaCoverage programbook.check.minimumAreaCoverage -",
                        "check minimumCoverage programbook.check.minimumCoverage -",
                        "check programDirectory programbook.programDirectory ${project.basedir}/src/programbook",
                        "check skip programbook.skip false",
                        "check skipCheck programbook.check.skip false",
                        "check warnDaysAhead programbook.check.warnDaysAhead -",
                        "diff allowPassthrough programbook.allowPassthrough false",
                        "diff allowRemoteImages programbook.allowRemoteImages false",
                        "diff baseline programbook.baseline -",
                        "diff cacheDirectory programbook.cacheDirectory ${project.build.directory}/programbook-cache",
                        "diff customer programbook.customer -",
                        "diff formats programbook.formats html",
                        "diff fromCatalog programbook.fromCatalog -",
                        "diff fromProfile programbook.fromProfile -",
                        "diff htmlStylesheet programbook.htmlStylesheet -",
                        "diff locale programbook.locale en",
                        "diff logo programbook.logo -",
                        "diff maxEvidenceAgeMonths programbook.maxEvidenceAgeMonths -",
                        "diff outputDirectory programbook.outputDirectory ${project.build.directory}/programbook",
                        "diff pdfDate programbook.pdfDate -",
                        "diff pdfTheme programbook.pdfTheme -",
                        "diff pdfUa programbook.pdfUa false",
                        "diff programDirectory programbook.programDirectory ${project.basedir}/src/programbook",
                        "diff skip programbook.skip false",
                        "diff skipDiff programbook.diff.skip false",
                        "diff templateDirectory programbook.templateDirectory -",
                        "diff toCatalog programbook.toCatalog -",
                        "diff toProfile programbook.toProfile -",
                        "diff wordTemplate programbook.wordTemplate -",
                        "generate allowPassthrough programbook.allowPassthrough false",
                        "generate allowRemoteImages programbook.allowRemoteImages false",
                        "generate cacheDirectory programbook.cacheDirectory ${project.build.directory}/programbook-cache",
                        "generate calendarMonths programbook.calendarMonths 3",
                        "generate formats programbook.formats html",
                        "generate htmlStylesheet programbook.htmlStylesheet -",
                        "generate locale programbook.locale en",
                        "generate logo programbook.logo -",
                        "generate maxEvidenceAgeMonths programbook.maxEvidenceAgeMonths -",
                        "generate maxEvidenceFileSize programbook.maxEvidenceFileSize 25",
                        "generate maxPackageSize programbook.maxPackageSize 250",
                        "generate outputDirectory programbook.outputDirectory ${project.build.directory}/programbook",
                        "generate pdfDate programbook.pdfDate -",
                        "generate pdfTheme programbook.pdfTheme -",
                        "generate pdfUa programbook.pdfUa false",
                        "generate programDirectory programbook.programDirectory ${project.basedir}/src/programbook",
                        "generate skip programbook.skip false",
                        "generate skipGenerate programbook.generate.skip false",
                        "generate templateDirectory programbook.templateDirectory -",
                        "generate threads programbook.threads -",
                        "generate wordTemplate programbook.wordTemplate -",
                        "import-assessment allowPassthrough programbook.allowPassthrough false",
                        "import-assessment allowRemoteImages programbook.allowRemoteImages false",
                        "import-assessment assessmentDate programbook.assessmentDate -",
                        "import-assessment assessor programbook.assessor -",
                        "import-assessment programDirectory programbook.programDirectory ${project.basedir}/src/programbook",
                        "import-assessment scheme programbook.scheme -",
                        "import-assessment skip programbook.skip false",
                        "import-assessment skipImport programbook.import-assessment.skip false",
                        "import-assessment worksheet programbook.worksheet -",
                        "init organisation programbook.organisation Your organisation",
                        "init profile programbook.profile all-of-2-4",
                        "init programDirectory programbook.programDirectory ${project.basedir}/src/programbook",
                        "init skip programbook.skip false",
                        "init skipInit programbook.init.skip false",
                        "serve allowPassthrough programbook.allowPassthrough false",
                        "serve allowRemoteImages programbook.allowRemoteImages false",
                        "serve cacheDirectory programbook.cacheDirectory ${project.build.directory}/programbook-cache",
                        "serve formats programbook.formats html",
                        "serve host programbook.host 127.0.0.1",
                        "serve htmlStylesheet programbook.htmlStylesheet -",
                        "serve locale programbook.locale en",
                        "serve logo programbook.logo -",
                        "serve maxEvidenceAgeMonths programbook.maxEvidenceAgeMonths -",
                        "serve outputDirectory programbook.outputDirectory ${project.build.directory}/programbook",
                        "serve pdfDate programbook.pdfDate -",
                        "serve pdfTheme programbook.pdfTheme -",
                        "serve pdfUa programbook.pdfUa false",
                        "serve port programbook.port 8062",
                        "serve programDirectory programbook.programDirectory ${project.basedir}/src/programbook",
                        "serve quietMillis programbook.quietMillis 80",
                        "serve skip programbook.skip false",
                        "serve skipServe programbook.serve.skip false",
                        "serve templateDirectory programbook.templateDirectory -",
                        "serve threads programbook.threads -",
                        "serve wordTemplate programbook.wordTemplate -",
                        "validate allowPassthrough programbook.allowPassthrough false",
                        "validate allowRemoteImages programbook.allowRemoteImages false",
                        "validate failOnWarning programbook.failOnWarning false",
                        "validate outputDirectory programbook.outputDirectory ${project.build.directory}/programbook",
                        "validate programDirectory programbook.programDirectory ${project.basedir}/src/programbook",
                        "validate skip programbook.skip false",
                        "validate skipValidate programbook.validate.skip false");
    }

    @Test
    void should_document_every_parameter() {
        assertThat(params)
                .filteredOn(p -> p.description().isEmpty())
                .extracting(Param::row)
                .isEmpty();
    }

    @Test
    void should_give_a_parameter_one_property_and_one_default_across_goals() {
        Map<String, Set<String>> settings = new TreeMap<>();
        params.forEach(p ->
                settings.computeIfAbsent(p.name(), k -> new TreeSet<>()).add(p.property() + " " + p.defaultValue()));
        assertThat(settings)
                .allSatisfy((name, values) -> assertThat(values).as(name).hasSize(1));
    }

    /**
     * The parameter table of each goal's page in the user guide, row by row:
     * {@code parameter | property | default | what}, as {@code name property default}, with a default
     * the code sets shown the way the page writes it
     * ({@code src/programbook}, {@code target/programbook}) and other defaults (prose) left out.
     */
    @Test
    void should_list_every_parameter_in_the_table_of_its_goal_page() throws Exception {
        for (String goal : List.of("check", "diff", "generate", "import-assessment", "init", "serve", "validate")) {
            List<String> page = Files.readAllLines(GOAL_PAGES.resolve(goal + ".md"));
            int row = page.indexOf("# The `" + goal + "` goal");
            assertThat(row).as("page of " + goal).isNotNegative();
            while (!page.get(row).startsWith("| parameter | property | default |")) {
                row++;
            }
            Map<String, List<String>> documented = new TreeMap<>();
            for (row += 2; row < page.size() && page.get(row).startsWith("|"); row++) {
                String[] cells = page.get(row).split("\\|");
                List<String> names = codes(cells[1]);
                List<String> properties = codes(cells[2]);
                for (int i = 0; i < names.size(); i++) {
                    documented.put(
                            names.get(i),
                            List.of(properties.isEmpty() ? "" : properties.get(i), String.join(",", codes(cells[3]))));
                }
            }
            List<Param> declared = params.stream()
                    .filter(p -> p.goal().equals(goal) && p.editable())
                    .toList();
            assertThat(documented.keySet())
                    .as("parameters of " + goal + " in docs/goals/" + goal + ".md")
                    .containsExactlyInAnyOrderElementsOf(
                            declared.stream().map(Param::name).toList());
            for (Param p : declared) {
                assertThat(documented.get(p.name()).get(0))
                        .as(goal + " " + p.name() + " property")
                        .isEqualTo(p.property());
                if (!p.defaultValue().isEmpty()) {
                    assertThat(documented.get(p.name()).get(1))
                            .as(goal + " " + p.name() + " default")
                            .isEqualTo(shown(p.defaultValue()));
                }
            }
        }
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private static String shown(String defaultValue) {
        return defaultValue.replace("${project.basedir}/", "").replace("${project.build.directory}", "target");
    }

    @Test
    void should_give_every_goal_its_own_skip_property_besides_the_common_one() {
        for (String goal : List.of("check", "diff", "generate", "import-assessment", "init", "serve", "validate")) {
            assertThat(params)
                    .filteredOn(p -> p.goal().equals(goal))
                    .extracting(Param::property)
                    .contains("programbook.skip", "programbook." + goal + ".skip");
        }
    }
}
