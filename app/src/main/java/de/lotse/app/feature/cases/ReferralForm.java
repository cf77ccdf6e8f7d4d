package de.lotse.app.feature.cases;

import de.lotse.app.ui.form.Form;
import de.lotse.app.ui.form.FormModel;
import de.lotse.core.cases.Referral;
import de.lotse.core.cases.ReferralStatus;
import de.lotse.core.directory.Organisation;
import de.lotse.core.text.Days;
import de.lotse.core.validation.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A referral in its dialog: to which organisation, for what, how far it came, since when. */
public final class ReferralForm implements FormModel<Referral> {

    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final ObjectProperty<ReferralStatus> status = new SimpleObjectProperty<>(ReferralStatus.PLANNED);
    private final StringProperty referredOn = new SimpleStringProperty("");
    private final CaseFormContext context;
    private final Function<UUID, Organisation> organisations;
    private final Form<Referral> form;

    /** {@code organisations} finds an organisation by its id (null when unknown). */
    ReferralForm(CaseFormContext context, Function<UUID, Organisation> organisations) {
        this.context = context;
        this.organisations = organisations;
        this.form = context.form(this::fill, this::read);
        form.track(organisation, subject, status, referredOn);
    }

    @Override
    public Form<Referral> form() {
        return form;
    }

    private void fill(Referral referral) {
        organisation.set(referral == null || referral.organisationId() == null ? null
                : organisations.apply(referral.organisationId()));
        subject.set(referral == null ? "" : Form.text(referral.subject()));
        status.set(referral == null ? ReferralStatus.PLANNED : referral.status());
        referredOn.set(context.formats().day(referral == null ? context.today() : referral.referredOn()));
    }

    private Referral read(UUID id, List<FieldProblem> found) {
        LocalDate on = Days.parse("referredOn", referredOn.get(), found);
        return found.isEmpty() ? new Referral(id, context.caseId(),
                organisation.get() == null ? null : organisation.get().id(), subject.get(),
                status.get() == null ? ReferralStatus.PLANNED : status.get(), on) : null;
    }

    public ObjectProperty<Organisation> organisationProperty() {
        return organisation;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public ObjectProperty<ReferralStatus> statusProperty() {
        return status;
    }

    public StringProperty referredOnProperty() {
        return referredOn;
    }
}
