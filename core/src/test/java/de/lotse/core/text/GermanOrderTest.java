package de.lotse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GermanOrderTest {

    private record Name(String family, String given) { }

    @Test
    void umlautsSortNextToTheirBaseLetters() {
        List<Name> names = List.of(new Name("Peters", "A"), new Name("Bauer", "A"), new Name("Özdemir", "A"),
                new Name("Ärmel", "A"), new Name("Oz", "A"), new Name("Abbas", "A"), new Name("Zander", "A"));

        assertThat(GermanOrder.sortBy(names, Name::family, Name::given)).extracting(Name::family)
                .containsExactly("Abbas", "Ärmel", "Bauer", "Oz", "Özdemir", "Peters", "Zander");
    }

    @Test
    void secondKeyBreaksTiesOfTheFirst() {
        List<Name> names = List.of(new Name("Müller", "Zoe"), new Name("Mueller", "Anna"),
                new Name("Müller", "Ömer"), new Name("Müller", "Anton"), new Name("Müller", "Otto"));

        assertThat(GermanOrder.sortBy(names, Name::family, Name::given)).extracting(Name::given)
                .containsExactly("Anna", "Anton", "Ömer", "Otto", "Zoe");
    }

    @Test
    void equalKeysKeepTheirInputOrder() {
        Object first = new Object();
        Object second = new Object();
        Object third = new Object();

        assertThat(GermanOrder.sortBy(List.of(first, second, third), o -> "Ärmel", o -> "Anna"))
                .containsExactly(first, second, third);
        assertThat(GermanOrder.sortBy(List.of(third, first, second), o -> "Ärmel", o -> "Anna"))
                .containsExactly(third, first, second);
    }

    @Test
    void sortByPutsMissingKeysFirstAndLeavesTheInputAlone() {
        List<Name> names = new ArrayList<>(List.of(new Name("Bauer", "Eva"), new Name(null, "Nina"),
                new Name("Bauer", null)));

        List<Name> sorted = GermanOrder.sortBy(names, Name::family, Name::given);

        assertThat(sorted).extracting(Name::given).containsExactly("Nina", null, "Eva");
        assertThat(names).extracting(Name::given).containsExactly("Eva", "Nina", null);
    }

    @Test
    void latinNamesComeBeforeOtherScripts() {
        List<Name> names = List.of(new Name("محمد", "x"), new Name("Иванов", "x"), new Name("Zander", "x"),
                new Name("Abbas", "x"));

        assertThat(GermanOrder.sortBy(names, Name::family, Name::given)).extracting(Name::family)
                .startsWith("Abbas", "Zander");
    }
}
