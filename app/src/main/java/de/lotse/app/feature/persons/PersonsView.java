package de.lotse.app.feature.persons;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import de.lotse.app.feature.persons.PersonsViewModel.Entry;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonRow;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

/** The register of persons: a filter field and a table that scrolls through 100,000 rows. */
public final class PersonsView {

    private final PersonsViewModel model;
    private final I18n i18n;
    private final VBox root;
    private final CustomTextField filter;
    private final TableView<Entry> table = new TableView<>();

    public PersonsView(PersonsViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;

        Label title = Widgets.label(i18n, "persons.title", Styles.TITLE_2);
        filter = (CustomTextField) TextFields.createClearableTextField();
        filter.setId("persons-filter");
        filter.promptTextProperty().bind(i18n.text("persons.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefColumnCount(28);
        Label count = new Label();
        count.setId("persons-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(i18n.text(m -> model.shownCountProperty().get() == model.totalProperty().get()
                ? m.get("persons.count", m.number(model.totalProperty().get()))
                : m.get("persons.countFiltered", m.number(model.shownCountProperty().get()),
                        m.number(model.totalProperty().get())), model.shownCountProperty(), model.totalProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(16, title, grow, count, filter);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        table.setId("persons-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("persons.column.familyName", row -> row.familyName(),
                        Comparator.comparing(Entry::familyKey), 170),
                column("persons.column.givenName", row -> row.givenName(),
                        Comparator.comparing(Entry::givenKey), 150),
                column("persons.column.birthDate", row -> row.birthDate() == null ? "" : row.birthDate().format(),
                        Comparator.comparing(e -> e.row().birthDate(),
                                Comparator.nullsFirst(Comparator.comparing(PartialDate::date))), 120),
                column("persons.column.sex", row -> i18n.current().get("sex." + row.sex().name()),
                        Comparator.comparing(e -> e.row().sex()), 100),
                column("persons.column.nationalities", PersonRow::nationalities,
                        Comparator.comparing(e -> e.row().nationalities()), 185),
                column("persons.column.city", PersonRow::city, Comparator.comparing(Entry::cityKey), 140)));
        SortedList<Entry> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label();
        placeholder.textProperty().bind(i18n.text(m -> model.totalProperty().get() == 0 ? m.get("persons.empty")
                : m.get("persons.noMatch"), model.totalProperty()));
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);

        root = new VBox(16, header, table);
        root.setPadding(new Insets(24, 28, 16, 28));
        root.setId("persons-view");
        // the sex column's text follows the language
        i18n.messagesProperty().addListener((obs, old, now) -> table.refresh());
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor into the filter field (Ctrl+F). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** A column that shows {@code text} of a row and sorts by {@code order}, made for 100,000 rows. */
    private TableColumn<Entry, Entry> column(String key, Function<PersonRow, String> text, Comparator<Entry> order,
            double width) {
        TableColumn<Entry, Entry> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : text.apply(entry.row()));
            }
        });
        column.setComparator(order);
        column.setPrefWidth(width);
        return column;
    }
}
