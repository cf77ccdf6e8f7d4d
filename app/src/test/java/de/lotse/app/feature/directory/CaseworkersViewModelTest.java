package de.lotse.app.feature.directory;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.InlineTaskRunner;
import de.lotse.core.directory.Caseworker;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caseworkers' list and name form without a screen, against a real store. */
class CaseworkersViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private CaseworkersViewModel model;
    private final List<Throwable> failures = new ArrayList<>();
    private final List<UUID> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        model = new CaseworkersViewModel(context.directory(), new InlineTaskRunner(), failures::add);
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
        assertThat(failures).isEmpty();
    }

    @Test
    void aCaseworkerIsAddedWithANameAndRenamed() {
        model.newCaseworker();
        model.save(saved::add);
        assertThat(model.problems()).containsOnlyKeys("name");
        assertThat(model.problems().get("name").code()).isEqualTo("required");

        model.nameProperty().set("x".repeat(201));
        model.save(saved::add);
        assertThat(model.problems().get("name").code()).isEqualTo("tooLong");
        assertThat(context.directory().caseworkers()).isEmpty();
        assertThat(saved).isEmpty();

        model.nameProperty().set("  Sabine Krüger ");
        model.save(saved::add);
        assertThat(model.problems()).isEmpty();
        assertThat(context.directory().caseworkers()).extracting(Caseworker::name).containsExactly("Sabine Krüger");
        assertThat(model.caseworkers()).extracting(Caseworker::id).containsExactly(saved.getFirst());
        assertThat(model.isDirty()).isFalse();

        model.newCaseworker();
        model.nameProperty().set("Thomas Becker");
        model.save(saved::add);
        assertThat(model.caseworkers()).extracting(Caseworker::name).containsExactly("Sabine Krüger", "Thomas Becker");

        model.edit(model.caseworkers().getFirst());
        model.nameProperty().set("");
        model.save(saved::add);
        assertThat(model.problems()).containsOnlyKeys("name");
        model.nameProperty().set("Sabine Krüger-Öztürk");
        assertThat(model.isDirty()).isTrue();
        model.save(saved::add);
        assertThat(context.directory().caseworkers()).extracting(Caseworker::name)
                .containsExactly("Sabine Krüger-Öztürk", "Thomas Becker");
        assertThat(context.directory().caseworkers()).hasSize(2);
        assertThat(saved.getLast()).as("renamed, not added").isEqualTo(saved.getFirst());
    }

    @Test
    void discardingGoesBackToTheStoredName() {
        model.newCaseworker();
        model.nameProperty().set("Aylin Demir");
        model.save(saved::add);
        model.nameProperty().set("Aylin D.");
        model.cancel();
        assertThat(model.nameProperty().get()).isEqualTo("Aylin Demir");
        assertThat(model.isDirty()).isFalse();
    }
}
