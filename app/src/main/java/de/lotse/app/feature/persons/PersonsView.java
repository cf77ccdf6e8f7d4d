package de.lotse.app.feature.persons;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonRow;
import de.lotse.core.text.GermanOrder;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
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
    private final TableView<PersonsViewModel.Entry> table = new TableView<>();

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
        table.getColumns().setAll(java.util.List.of(
                column("persons.column.familyName", PersonRow::familyName, 170),
                column("persons.column.givenName", PersonRow::givenName, 150),
                birthDateColumn(),
                column("persons.column.sex", row -> i18n.current().get("sex." + row.sex().name()), 100),
                column("persons.column.nationalities", PersonRow::nationalities, 185),
                column("persons.column.city", PersonRow::city, 140)));
        SortedList<PersonsViewModel.Entry> sorted = new SortedList<>(model.shown());
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

    private TableColumn<PersonsViewModel.Entry, String> column(String key, Function<PersonRow, String> value,
            double width) {
        TableColumn<PersonsViewModel.Entry, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue().row())));
        column.setComparator(GermanOrder.comparator());
        column.setPrefWidth(width);
        return column;
    }

    /** Shown as the office writes it ({@code 1991}, {@code 03.1991}), sorted by the date. */
    private TableColumn<PersonsViewModel.Entry, PartialDate> birthDateColumn() {
        TableColumn<PersonsViewModel.Entry, PartialDate> column = new TableColumn<>();
        column.textProperty().bind(i18n.text("persons.column.birthDate"));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().row().birthDate()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PartialDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : date.format());
            }
        });
        column.setComparator(Comparator.nullsFirst(Comparator.comparing(PartialDate::date)));
        column.setPrefWidth(120);
        return column;
    }
}
