package de.lotse.app.feature.cases;

import de.lotse.app.ui.form.Form;
import de.lotse.app.ui.form.FormModel;
import de.lotse.core.cases.Consent;
import de.lotse.core.text.Days;
import de.lotse.core.validation.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A consent in its dialog: purpose, given on, withdrawn on. A new consent is given today. */
public final class ConsentForm implements FormModel<Consent> {

    private final StringProperty purpose = new SimpleStringProperty("");
    private final StringProperty givenOn = new SimpleStringProperty("");
    private final StringProperty withdrawnOn = new SimpleStringProperty("");
    private final CaseFormContext context;
    private final Form<Consent> form;

    ConsentForm(CaseFormContext context) {
        this.context = context;
        this.form = context.form(this::fill, this::read);
        form.track(purpose, givenOn, withdrawnOn);
    }

    @Override
    public Form<Consent> form() {
        return form;
    }

    private void fill(Consent consent) {
        CaseFormats formats = context.formats();
        purpose.set(consent == null ? "" : Form.text(consent.purpose()));
        givenOn.set(formats.day(consent == null ? context.today() : consent.givenOn()));
        withdrawnOn.set(consent == null ? "" : formats.day(consent.withdrawnOn()));
    }

    private Consent read(UUID id, List<FieldProblem> found) {
        LocalDate given = Days.parse("givenOn", givenOn.get(), found);
        LocalDate withdrawn = Days.parse("withdrawnOn", withdrawnOn.get(), found);
        return found.isEmpty() ? new Consent(id, context.caseId(), purpose.get(), given, withdrawn) : null;
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
