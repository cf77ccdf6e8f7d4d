package de.lotse.app.feature.cases;

import de.lotse.app.ui.form.Form;
import de.lotse.app.ui.form.FormModel;
import de.lotse.core.cases.Benefit;
import de.lotse.core.cases.BenefitKind;
import de.lotse.core.text.Days;
import de.lotse.core.validation.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A benefit in its dialog: kind, from, to, and the monthly amount typed as {@code 1.234,56}. */
public final class BenefitForm implements FormModel<Benefit> {

    private final ObjectProperty<BenefitKind> kind = new SimpleObjectProperty<>();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final CaseFormContext context;
    private final Form<Benefit> form;

    BenefitForm(CaseFormContext context) {
        this.context = context;
        this.form = context.form(this::fill, this::read);
        form.track(kind, from, to, amount);
    }

    @Override
    public Form<Benefit> form() {
        return form;
    }

    private void fill(Benefit benefit) {
        CaseFormats formats = context.formats();
        kind.set(benefit == null ? null : benefit.kind());
        from.set(formats.day(benefit == null ? context.today() : benefit.from()));
        to.set(benefit == null ? "" : formats.day(benefit.to()));
        // the amount without the euro sign, so that it can be changed as typed
        amount.set(benefit == null || benefit.amount() == null ? ""
                : formats.euro(benefit.amount()).replace("€", "").replace(String.valueOf(CaseFormats.NO_BREAK), ""));
    }

    private Benefit read(UUID id, List<FieldProblem> found) {
        LocalDate start = Days.parse("from", from.get(), found);
        LocalDate end = Days.parse("to", to.get(), found);
        BigDecimal money = null;
        if (!amount.get().isBlank()) {
            money = context.formats().parseEuro(amount.get()).orElse(null);
            if (money == null) {
                found.add(FieldProblem.of("amount", "amountFormat"));
            }
        }
        return found.isEmpty() ? new Benefit(id, context.caseId(), kind.get(), start, end, money) : null;
    }

    public ObjectProperty<BenefitKind> kindProperty() {
        return kind;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty amountProperty() {
        return amount;
    }
}
