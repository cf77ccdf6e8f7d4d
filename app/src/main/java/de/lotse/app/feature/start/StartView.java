package de.lotse.app.feature.start;

import atlantafx.base.theme.Styles;
import de.lotse.app.i18n.Messages;
import de.lotse.app.shell.Navigator;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.overview.Attention;
import de.lotse.core.overview.OfficeFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Start: the office at a glance, in figures read from the database. */
public final class StartView {

    private final StartViewModel model;
    private final I18n i18n;
    private final ScrollPane root;
    private final GridPane nationalities = new GridPane();
    private final GridPane attention = new GridPane();
    private final Navigator navigator;

    /** Lines of the attention lists open their record through {@code navigator}. */
    public StartView(StartViewModel model, I18n i18n, Navigator navigator) {
        this.model = model;
        this.i18n = i18n;
        this.navigator = navigator;

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

        ComboBox<Caseworker> chooser = caseworkerChooser();
        Label forWhom = Widgets.label(i18n, "start.for", Styles.TEXT_MUTED);
        forWhom.setLabelFor(chooser);
        HBox who = new HBox(10, forWhom, chooser);
        who.setAlignment(Pos.CENTER_LEFT);
        attention.setHgap(16);
        attention.setVgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        attention.getColumnConstraints().addAll(half, half);
        attention.setId("start-attention");

        VBox page = new VBox(20, new VBox(4, title, subtitle), who, attention, empty, tiles, topCard);
        page.setPadding(new Insets(28));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("start-view");

        model.figuresProperty().addListener((obs, old, figures) -> fillNationalities());
        model.attentionProperty().addListener((obs, old, lists) -> fillAttention());
        i18n.messagesProperty().addListener((obs, old, messages) -> {
            fillNationalities();
            fillAttention();
        });
    }

    /** "Whole office" or one caseworker; the choice is remembered and the lists follow it. */
    private ComboBox<Caseworker> caseworkerChooser() {
        Caseworker everyone = new Caseworker(null, "");
        ComboBox<Caseworker> chooser = new ComboBox<>();
        chooser.setId("start-caseworker");
        Function<Caseworker, String> name = caseworker -> caseworker == null ? ""
                : caseworker.id() == null ? i18n.current().get("start.everyone") : caseworker.name();
        chooser.setCellFactory(list -> cell(name));
        chooser.setButtonCell(cell(name));
        boolean[] filling = {false};
        Runnable fill = () -> {
            filling[0] = true;
            List<Caseworker> items = new ArrayList<>();
            items.add(everyone);
            items.addAll(model.caseworkers());
            chooser.getItems().setAll(items);
            chooser.setValue(items.stream().filter(c -> Objects.equals(c.id(), model.caseworkerProperty().get()))
                    .findFirst().orElse(everyone));
            filling[0] = false;
        };
        model.caseworkers().addListener((ListChangeListener<Caseworker>) change -> fill.run());
        chooser.valueProperty().addListener((obs, old, chosen) -> {
            if (!filling[0] && chosen != null) {
                model.caseworkerProperty().set(chosen.id());
            }
        });
        i18n.messagesProperty().addListener((obs, old, now) -> chooser.setButtonCell(cell(name)));
        fill.run();
        return chooser;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    /** The six lists of what needs attention, two by two, each line opening its record. */
    private void fillAttention() {
        attention.getChildren().clear();
        Attention lists = model.attentionProperty().get();
        if (lists == null) {
            return;
        }
        Messages m = i18n.current();
        List<Node> cards = List.of(
                attentionCard("overdue", lists.overdueSteps(), line -> m.get("start.attention.overdue.line",
                        line.what(), m.date(line.when().toLocalDate()))),
                attentionCard("today", lists.appointmentsToday(), line -> m.get("start.attention.today.line",
                        m.time(line.when()), line.what())),
                attentionCard("week", lists.appointmentsThisWeek(), line -> m.get("start.attention.week.line",
                        m.weekdayAndTime(line.when()), line.what())),
                attentionCard("permits", lists.expiringPermits(), line -> m.get(expired(line)
                        ? "start.attention.permits.expired" : "start.attention.permits.line",
                        m.get("residenceKind." + line.what()), m.date(line.when().toLocalDate()))),
                attentionCard("inactive", lists.inactiveCases(), line -> m.get("start.attention.inactive.line",
                        line.what(), m.date(line.when().toLocalDate()))),
                attentionCard("withoutCase", lists.personsWithoutCase(), line -> line.when() == null ? ""
                        : m.get("start.attention.withoutCase.line", m.date(line.when().toLocalDate()))));
        for (int i = 0; i < cards.size(); i++) {
            attention.add(cards.get(i), i % 2, i / 2);
        }
    }

    private boolean expired(Attention.Line permit) {
        java.time.LocalDate today = model.asOfProperty().get();
        return permit.when().toLocalDate().isBefore(today == null ? java.time.LocalDate.now() : today);
    }

    private Node attentionCard(String kind, Attention.Section section, Function<Attention.Line, String> detail) {
        Messages m = i18n.current();
        Label title = new Label(m.get("start.attention." + kind));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label count = new Label(m.number(section.total()));
        count.getStyleClass().addAll(Styles.TEXT_BOLD, section.total() > 0 && !"withoutCase".equals(kind)
                ? Styles.DANGER : Styles.TEXT_MUTED);
        count.setId("attention-" + kind + "-count");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, title, grow, count);
        head.setAlignment(Pos.BASELINE_LEFT);
        VBox card = new VBox(6, head);
        card.getStyleClass().add(Widgets.CARD);
        card.setId("attention-" + kind);
        card.setMaxHeight(Double.MAX_VALUE);
        if (section.lines().isEmpty()) {
            card.getChildren().add(Widgets.label(i18n, "start.attention." + kind + ".none", Styles.TEXT_MUTED));
        }
        for (Attention.Line line : section.lines()) {
            Hyperlink who = new Hyperlink(line.who().isEmpty() ? m.get("start.attention.noPerson") : line.who());
            who.setOnAction(event -> {
                if (line.caseId() != null) {
                    navigator.openCase(line.caseId());
                } else if (line.personId() != null) {
                    navigator.openPerson(line.personId());
                }
            });
            who.setPadding(Insets.EMPTY);
            Label what = new Label(detail.apply(line));
            what.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            what.setWrapText(true);
            card.getChildren().add(new VBox(0, who, what));
        }
        if (section.total() > section.lines().size()) {
            Label more = new Label(m.get("start.attention.more", m.number(section.total() - section.lines().size())));
            more.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            card.getChildren().add(more);
        }
        return card;
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
