package io.programbook.core.load;

import io.programbook.core.model.Catalog;
import io.programbook.core.model.Customer;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Profile;
import java.nio.file.Path;
import java.util.List;

/**
 * A customer of the program as loaded from {@code customers/<id>/}: its {@code customer.yaml}, its
 * profile chain (the provider's chain, then its own profile when it has one), the catalogue with
 * every requirement the chain adds, and its own procedures ({@code customers/<id>/procedures/}).
 *
 * @param folder     the customer's folder
 * @param profiles   the chain of the customer's edition, parents first
 * @param catalog    the standard's catalogue with the additions of {@code profiles}
 * @param additions  the organisation's requirement catalogues the chain adds, in chain order
 * @param procedures the customer's own procedures; one with the id of a common procedure replaces it
 *                   in the customer's edition
 * @param files      the customer's files: {@code customer.yaml}, its profile, additions and procedures
 */
public record CustomerSource(
        Path folder,
        Located<Customer> customer,
        List<Located<Profile>> profiles,
        Catalog catalog,
        List<Addition> additions,
        List<Procedure> procedures,
        List<SourceFile> files) {

    public CustomerSource {
        profiles = List.copyOf(profiles);
        additions = List.copyOf(additions);
        procedures = List.copyOf(procedures);
        files = List.copyOf(files);
    }

    /** The customer's id: its folder's name. */
    public String id() {
        return customer.value().id();
    }
}
