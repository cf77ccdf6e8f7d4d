package de.lotse.app.feature.cases;

import de.lotse.core.cases.Benefit;
import de.lotse.core.cases.BenefitKind;
import de.lotse.core.validation.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A benefit in its dialog: kind, from, to, and the monthly amount typed as {@code 1.234,56}. */
public final class BenefitForm extends RecordForm<Benefit> {

    private final ObjectProperty<BenefitKind> kind = new SimpleObjectProperty<>();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");

    BenefitForm(Supplier<CaseFormats> formats) {
        super(formats);
    }

    @Override
    protected List<Object> values() {
        return Arrays.asList(kind.get(), from.get(), to.get(), amount.get());
    }

    @Override
    protected void fill(Benefit benefit, LocalDate today) {
        kind.set(benefit == null ? null : benefit.kind());
        from.set(formats().day(benefit == null ? today : benefit.from()));
        to.set(benefit == null ? "" : formats().day(benefit.to()));
        // the amount without the euro sign, so that it can be changed as typed
        amount.set(benefit == null || benefit.amount() == null ? ""
                : formats().euro(benefit.amount()).replace("€", "").replace(String.valueOf(CaseFormats.NO_BREAK), ""));
    }

    @Override
    protected Benefit build(UUID id, UUID caseId, List<FieldProblem> found) {
        LocalDate start = day("from", from.get(), found);
        LocalDate end = day("to", to.get(), found);
        BigDecimal money = null;
        if (!amount.get().isBlank()) {
            money = formats().parseEuro(amount.get()).orElse(null);
            if (money == null) {
                found.add(FieldProblem.of("amount", "amountFormat"));
            }
        }
        return found.isEmpty() ? new Benefit(id, caseId, kind.get(), start, end, money) : null;
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
