package io.programbook.core.load;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Customer;
import io.programbook.core.model.Evidence;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Profile;
import io.programbook.core.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the customers of a program: every folder under {@code customers/} with its
 * {@code customer.yaml}, the customer's profile chain (which must extend the provider's profile),
 * the requirements that chain adds and the customer's own procedures. Checks that content scoped to
 * a customer names one that exists.
 */
final class CustomerLoader {

    static final String DIR = "customers";
    static final String FILE = "customer.yaml";
    /** A customer's id, its folder's name: what {@code customers:} lists (statements.schema.json's idList). */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final YamlReader reader;
    private final Path baseDir;
    private final Path programDir;
    private final List<SourceFile> files;
    /** The ids of every customer folder with a customer.yaml, loaded or not: what 'customers:' may name. */
    private final Set<String> declared = new TreeSet<>();

    CustomerLoader(YamlReader reader, Path baseDir, Path programDir, List<SourceFile> files) {
        this.reader = reader;
        this.baseDir = baseDir;
        this.programDir = programDir;
        this.files = files;
    }

    /**
     * @param standard   the standard's catalogue, without any profile's additions
     * @param provider   the provider's profile chain
     * @param procedures reads the procedures of a folder (the program loader's)
     */
    List<CustomerSource> load(
            Catalog standard,
            List<Located<Profile>> provider,
            BiFunction<Path, List<SourceFile>, List<Procedure>> procedures,
            Diagnostics diagnostics) {
        List<CustomerSource> customers = new ArrayList<>();
        for (Path folder : folders(programDir.resolve(DIR))) {
            String id = folder.getFileName().toString();
            SourceFile file = SourceFile.of(folder.resolve(FILE), baseDir);
            if (!ID.matcher(id).matches()) {
                diagnostics.error(
                        Rule.CUSTOMER_FOLDER,
                        SourcePosition.wholeFile(SourceFile.of(folder, baseDir).displayName()),
                        "customer folder name '" + id + "' is not an id: the name is what 'customers:' lists",
                        "rename the folder to lower-case letters, digits and '-', e.g. '"
                                + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                                + "'");
                continue;
            }
            if (!Files.isRegularFile(file.path())) {
                diagnostics.error(
                        Rule.CUSTOMER_FOLDER,
                        SourcePosition.wholeFile(file.displayName()),
                        "the customer folder '" + id + "' has no " + FILE,
                        "create " + file.displayName() + " with at least 'name:' (see docs/customers.md)");
                continue;
            }
            files.add(file);
            declared.add(id);
            if (!ProgramFolder.checkListed(programDir, file, diagnostics)) {
                continue;
            }
            Optional<YamlDocument> doc = reader.read(file, InputKind.CUSTOMER, diagnostics);
            if (doc.isEmpty()) {
                continue;
            }
            Optional<Customer> bound = reader.bind(doc.get(), "", Customer.class, FILE, diagnostics);
            if (bound.isEmpty()) {
                continue;
            }
            Located<Customer> customer =
                    new Located<>(bound.get().withId(id), doc.get().locate(""));
            List<SourceFile> own = new ArrayList<>(List.of(file));
            List<Located<Profile>> chain = chain(customer, folder, provider, own, diagnostics);
            if (chain.isEmpty()) {
                continue;
            }
            List<Addition> additions =
                    new AdditionsLoader(reader, baseDir, programDir, own).load(standard, chain, diagnostics);
            List<Procedure> procs = procedures.apply(folder, own);
            own.stream().filter(f -> !files.contains(f)).forEach(files::add);
            customers.add(new CustomerSource(
                    folder,
                    customer,
                    chain,
                    AdditionsLoader.merge(standard, additions),
                    additions,
                    procs,
                    own.stream().distinct().toList()));
        }
        return List.copyOf(customers);
    }

    /** The customer's profile chain; the provider's when it has no profile; empty when it cannot be used. */
    private List<Located<Profile>> chain(
            Located<Customer> customer,
            Path folder,
            List<Located<Profile>> provider,
            List<SourceFile> own,
            Diagnostics diagnostics) {
        String reference = customer.value().profile();
        if (reference.isEmpty()) {
            return provider;
        }
        SourcePosition at = customer.position("profile");
        long before = diagnostics.errorCount();
        List<Located<Profile>> chain =
                new ProfileChainLoader(reader, baseDir, programDir, own).load(reference, folder, at, diagnostics);
        if (chain.isEmpty() || diagnostics.errorCount() > before) {
            return List.of();
        }
        Located<Profile> providerProfile = provider.get(provider.size() - 1);
        Profile providerOwn = providerProfile.value();
        boolean extendsProvider = chain.subList(0, chain.size() - 1).stream()
                .anyMatch(p -> p.value().id().equals(providerOwn.id())
                        && p.at().file().equals(providerProfile.at().file()));
        if (!extendsProvider) {
            diagnostics.error(
                    Rule.CUSTOMER_PROFILE,
                    at,
                    "the profile '" + chain.get(chain.size() - 1).value().id() + "' of customer '"
                            + customer.value().id() + "' does not extend the provider's profile '" + providerOwn.id()
                            + "' (" + providerProfile.at().file() + ")",
                    "add the provider's profile file to its 'extends:', relative to the customer's profile, e.g. '"
                            + folder.relativize(providerFile(providerProfile, folder))
                                    .toString()
                                    .replace('\\', '/')
                            + "'");
            return List.of();
        }
        return chain;
    }

    private Path providerFile(Located<Profile> profile, Path folder) {
        Path file = profile.at().document().source().path();
        return file == null ? folder.resolve(profile.value().id()) : file;
    }

    /**
     * Reports every {@code customers:} entry of a statement or evidence entry that names no customer
     * folder (a customer whose files have errors of their own is not reported again here).
     */
    void checkScoped(List<Located<Statement>> statements, Diagnostics diagnostics) {
        Set<String> known = declared;
        for (Located<Statement> located : statements) {
            Statement statement = located.value();
            check(statement.customers(), "customers/", located, known, diagnostics);
            List<Evidence> evidence = statement.evidence();
            for (int i = 0; i < evidence.size(); i++) {
                check(evidence.get(i).customers(), "evidence/" + i + "/customers/", located, known, diagnostics);
            }
        }
    }

    private static void check(
            List<String> named, String pointer, Located<Statement> at, Set<String> known, Diagnostics diagnostics) {
        for (int i = 0; i < named.size(); i++) {
            String id = named.get(i);
            if (!known.contains(id)) {
                diagnostics.error(
                        Rule.CUSTOMER_UNKNOWN,
                        at.position(pointer + i),
                        "there is no customer '" + id + "': no " + DIR + "/" + id + "/" + FILE,
                        Suggestions.nearest(id, known)
                                        .map(s -> "did you mean '" + s + "'? ")
                                        .orElse("")
                                + (known.isEmpty()
                                        ? "declare the customer in " + DIR + "/" + id + "/" + FILE
                                        : "customers of the program: " + String.join(", ", known)
                                                + "; or declare it in " + DIR + "/" + id + "/" + FILE));
            }
        }
    }

    /** The folders of a folder, sorted by name; none when it is absent. */
    private static List<Path> folders(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
