package de.lotse.app.feature.start;

import atlantafx.base.theme.Styles;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.core.overview.OfficeFigures;
import java.util.function.ToLongFunction;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Start: the office at a glance, in figures read from the database. */
public final class StartView {

    private final StartViewModel model;
    private final I18n i18n;
    private final ScrollPane root;
    private final GridPane nationalities = new GridPane();

    public StartView(StartViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;

        Label title = Widgets.label(i18n, "start.title", Styles.TITLE_1);
        Label subtitle = new Label();
        subtitle.textProperty().bind(i18n.text(m -> model.asOfProperty().get() == null ? m.get("start.loading")
                : m.get("start.subtitle", m.date(model.asOfProperty().get())), model.asOfProperty()));
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);

        FlowPane tiles = new FlowPane(16, 16,
                tile("start.persons", OfficeFigures::persons, "tile-persons"),
                tile("start.households", OfficeFigures::households, "tile-households"),
                tile("start.minors", OfficeFigures::minors, "tile-minors"),
                tile("start.arrivals", OfficeFigures::arrivalsLast90Days, "tile-arrivals"),
                tile("start.nationalities", OfficeFigures::nationalities, "tile-nationalities"));

        Label empty = Widgets.label(i18n, "start.empty", Styles.TEXT_MUTED);
        empty.setWrapText(true);
        empty.setId("start-empty");
        var isEmpty = javafx.beans.binding.Bindings.createBooleanBinding(() ->
                model.figuresProperty().get() != null && model.figuresProperty().get().persons() == 0,
                model.figuresProperty());
        empty.visibleProperty().bind(isEmpty);
        empty.managedProperty().bind(isEmpty);

        nationalities.setHgap(12);
        nationalities.setVgap(8);
        ColumnConstraints name = new ColumnConstraints(180);
        ColumnConstraints bar = new ColumnConstraints(120, 320, 420);
        bar.setHgrow(Priority.ALWAYS);
        nationalities.getColumnConstraints().addAll(name, bar, new ColumnConstraints(70));
        VBox topCard = Widgets.card(i18n, "start.topNationalities", nationalities);
        topCard.visibleProperty().bind(isEmpty.not());
        topCard.managedProperty().bind(isEmpty.not());

        VBox page = new VBox(20, new VBox(4, title, subtitle), empty, tiles, topCard);
        page.setPadding(new Insets(28));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("start-view");

        model.figuresProperty().addListener((obs, old, figures) -> fillNationalities());
        i18n.messagesProperty().addListener((obs, old, messages) -> fillNationalities());
    }

    public Parent root() {
        return root;
    }

    private Node tile(String labelKey, ToLongFunction<OfficeFigures> figure, String id) {
        Label value = new Label();
        value.textProperty().bind(i18n.text(m -> model.figuresProperty().get() == null ? "–"
                : m.number(figure.applyAsLong(model.figuresProperty().get())), model.figuresProperty()));
        value.getStyleClass().addAll(Widgets.TILE_VALUE, Styles.TITLE_1);
        value.setId(id);
        VBox tile = new VBox(4, value, Widgets.label(i18n, labelKey, Styles.TEXT_MUTED));
        tile.getStyleClass().add(Widgets.TILE);
        return tile;
    }

    private void fillNationalities() {
        nationalities.getChildren().clear();
        OfficeFigures figures = model.figuresProperty().get();
        if (figures == null || figures.topNationalities().isEmpty()) {
            return;
        }
        Messages m = i18n.current();
        long max = figures.topNationalities().getFirst().persons();
        int row = 0;
        for (OfficeFigures.CountryCount count : figures.topNationalities()) {
            ProgressBar bar = new ProgressBar((double) count.persons() / max);
            bar.setMaxWidth(Double.MAX_VALUE);
            Label number = new Label(m.number(count.persons()));
            number.getStyleClass().add(Styles.TEXT_BOLD);
            nationalities.addRow(row++, new Label(m.country(count.country())), bar, number);
        }
    }
}
