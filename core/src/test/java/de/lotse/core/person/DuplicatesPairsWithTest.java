package de.lotse.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DuplicatesPairsWithTest {

    private static Duplicates.Entry person(String family, String given, PartialDate birth) {
        return new Duplicates.Entry(UUID.randomUUID(), family, given, birth, Sex.UNKNOWN);
    }

    @Test
    void onlyPairsWithAnIncomingPersonAreFound() {
        PartialDate born = PartialDate.of(LocalDate.of(1990, 3, 12));
        Duplicates.Entry stored = person("Al-Hassan", "Mohammed", born);
        Duplicates.Entry storedTwice = person("Alhasan", "Muhammad", born);
        List<Duplicates.Entry> register = new ArrayList<>(List.of(stored, storedTwice));
        for (int i = 0; i < 300; i++) {
            register.add(person("Person" + i, "Given" + i, PartialDate.of(LocalDate.of(1950, 1, 1).plusDays(i * 37L))));
        }
        Duplicates.Entry incoming = person("Mohammed", "Al-Hasan", PartialDate.ofYear(1990));
        Duplicates.Entry newcomer = person("Iwanowa", "Dessislawa", PartialDate.of(LocalDate.of(1985, 6, 1)));
        Duplicates.Entry newcomerAgain = person("Ivanova", "Desislava", PartialDate.of(LocalDate.of(1985, 6, 1)));

        List<DuplicateCandidate> pairs = Duplicates.pairsWith(List.of(incoming, newcomer, newcomerAgain), register,
                Duplicates.LIKELY);

        assertThat(Duplicates.pairs(register, Duplicates.LIKELY)).as("the register has a pair of its own").hasSize(1);
        assertThat(pairs).as("but only pairs with an incoming person count").hasSize(3);
        assertThat(pairs).filteredOn(p -> p.second().equals(incoming.id())).extracting(DuplicateCandidate::first)
                .as("the stored one comes first").containsExactlyInAnyOrder(stored.id(), storedTwice.id());
        assertThat(pairs).anySatisfy(p -> assertThat(List.of(p.first(), p.second()))
                .containsExactly(newcomer.id(), newcomerAgain.id()));
        assertThat(pairs).allSatisfy(p -> assertThat(p.score()).isBetween(Duplicates.LIKELY, 1.0));
        assertThat(Duplicates.pairsWith(List.of(), register, Duplicates.LIKELY)).isEmpty();
    }
}
