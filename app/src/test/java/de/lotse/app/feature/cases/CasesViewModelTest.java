package de.lotse.app.feature.cases;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.InlineTaskRunner;
import de.lotse.core.cases.CaseStatus;
import de.lotse.core.cases.CaseSummary;
import de.lotse.core.directory.Caseworker;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case list without a screen, on the demo office's cases. */
class CasesViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private CasesViewModel model;
    private List<CaseSummary> all;
    private final SimpleObjectProperty<UUID> me = new SimpleObjectProperty<>();
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        context.addDemo(300, 1);
        all = context.cases().listAll();
        model = new CasesViewModel(context.cases(), context.directory(), new InlineTaskRunner(), failures::add, me);
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
        assertThat(failures).isEmpty();
    }

    private List<CaseSummary> shown() {
        return model.shown().stream().map(CasesViewModel.Entry::summary).toList();
    }

    @Test
    void openCasesAreShownByDefault() {
        assertThat(all).hasSizeGreaterThan(15);
        assertThat(all).anyMatch(summary -> summary.status() == CaseStatus.CLOSED);
        assertThat(model.totalProperty().get()).isEqualTo(all.size());
        assertThat(shown()).isNotEmpty().noneMatch(summary -> summary.status() == CaseStatus.CLOSED)
                .hasSize((int) all.stream().filter(summary -> summary.status() != CaseStatus.CLOSED).count());
        model.statusProperty().set(CasesViewModel.StatusFilter.ALL);
        assertThat(shown()).hasSize(all.size());
        model.statusProperty().set(CasesViewModel.StatusFilter.CLOSED);
        assertThat(shown()).isNotEmpty().allMatch(summary -> summary.status() == CaseStatus.CLOSED);
    }

    @Test
    void theFilterFindsNumbersAndNamesInAnyCase() {
        model.statusProperty().set(CasesViewModel.StatusFilter.ALL);
        CaseSummary one = all.get(7);
        model.filterProperty().set(one.number().toLowerCase(Locale.ROOT));
        assertThat(shown()).containsExactly(one);
        String family = one.subject().split(",")[0];
        model.filterProperty().set(family.toUpperCase(Locale.ROOT));
        assertThat(shown()).contains(one).allMatch(summary -> summary.subject().toLowerCase(Locale.ROOT)
                .contains(family.toLowerCase(Locale.ROOT)));
        model.filterProperty().set("gibt es nicht");
        assertThat(shown()).isEmpty();
    }

    @Test
    void onlyMineShowsTheChosenCaseworkersCases() {
        assertThat(model.myNameProperty().get()).isNull();
        model.onlyMineProperty().set(true);
        assertThat(shown()).as("nobody chosen, nobody's cases").isEmpty();

        Caseworker chosen = context.directory().caseworkers().get(2);
        me.set(chosen.id());
        assertThat(model.myNameProperty().get()).isEqualTo(chosen.name());
        long expected = all.stream().filter(summary -> summary.status() != CaseStatus.CLOSED
                && chosen.name().equals(summary.caseworker())).count();
        assertThat(expected).isPositive();
        assertThat(shown()).hasSize((int) expected).allMatch(summary -> chosen.name().equals(summary.caseworker()));

        model.onlyMineProperty().set(false);
        assertThat(shown()).hasSizeGreaterThan((int) expected);
    }

    @Test
    void aChangedCaseIsReadAnewIntoTheList() {
        CaseSummary one = all.stream().filter(summary -> summary.status() != CaseStatus.CLOSED).findFirst()
                .orElseThrow();
        context.cases().changeStatus(one.id(), CaseStatus.CLOSED, "Weggezogen");
        model.refresh(one.id());
        assertThat(model.shows(one.id())).isFalse();
        assertThat(model.totalProperty().get()).isEqualTo(all.size());
        model.showEverything();
        assertThat(shown()).filteredOn(summary -> summary.id().equals(one.id())).singleElement()
                .extracting(CaseSummary::status).isEqualTo(CaseStatus.CLOSED);
    }
}
