package de.lotse.app.feature.persons;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.InlineTaskRunner;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.PersonRow;
import de.lotse.core.person.Sex;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The person list and the person service search one register with one index, against a real store. */
class PersonsViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private PersonsViewModel model;
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        context.addDemo(200, 3);
        model = new PersonsViewModel(context.people(), new InlineTaskRunner(), failures::add);
    }

    @AfterEach
    void close() {
        context.close();
        assertThat(failures).isEmpty();
    }

    @Test
    void theListAndTheServiceShareOneIndexPerRegisterVersion() {
        model.load();
        assertThat(model.index()).isSameAs(context.people().snapshot().index());
        model.load();
        assertThat(model.index()).as("nothing written: nothing read or indexed again")
                .isSameAs(context.people().snapshot().index());

        context.people().add(new PersonDraft("Haddad", "Amira", PartialDate.ofYear(1985), Sex.FEMALE, List.of("SY"),
                null));
        var before = model.index();
        model.load();
        assertThat(model.index()).isNotSameAs(before).isSameAs(context.people().snapshot().index());
        assertThat(model.totalProperty().get()).isEqualTo(201);
    }

    @Test
    void theListFindsWhatTheServiceFinds() {
        model.load();
        PersonRow someone = context.persons().listAll().stream().filter(row -> row.givenName() != null).skip(17)
                .findFirst().orElseThrow();
        for (String query : List.of(someone.familyName(), someone.givenName() + " " + someone.familyName(),
                someone.familyName().substring(0, 3))) {
            model.filterProperty().set(query);
            assertThat(model.shown()).extracting(entry -> entry.row().id()).as(query)
                    .isEqualTo(context.people().search(query, PersonsViewModel.SHOWN_MATCHES).stream()
                            .map(PersonRow::id).toList());
        }
        model.filterProperty().set("");
        assertThat(model.shown()).hasSize(200);
    }
}
