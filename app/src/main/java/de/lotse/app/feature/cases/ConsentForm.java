package de.lotse.app.feature.cases;

import de.lotse.core.cases.Consent;
import de.lotse.core.validation.FieldProblem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A consent in its dialog: purpose, given on, withdrawn on. A new consent is given today. */
public final class ConsentForm extends RecordForm<Consent> {

    private final StringProperty purpose = new SimpleStringProperty("");
    private final StringProperty givenOn = new SimpleStringProperty("");
    private final StringProperty withdrawnOn = new SimpleStringProperty("");

    ConsentForm(Supplier<CaseFormats> formats) {
        super(formats);
    }

    @Override
    protected List<Object> values() {
        return Arrays.asList(purpose.get(), givenOn.get(), withdrawnOn.get());
    }

    @Override
    protected void fill(Consent consent, LocalDate today) {
        purpose.set(consent == null ? "" : text(consent.purpose()));
        givenOn.set(formats().day(consent == null ? today : consent.givenOn()));
        withdrawnOn.set(consent == null ? "" : formats().day(consent.withdrawnOn()));
    }

    @Override
    protected Consent build(UUID id, UUID caseId, List<FieldProblem> found) {
        LocalDate given = day("givenOn", givenOn.get(), found);
        LocalDate withdrawn = day("withdrawnOn", withdrawnOn.get(), found);
        return found.isEmpty() ? new Consent(id, caseId, purpose.get(), given, withdrawn) : null;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public StringProperty givenOnProperty() {
        return givenOn;
    }

    public StringProperty withdrawnOnProperty() {
        return withdrawnOn;
    }
}
