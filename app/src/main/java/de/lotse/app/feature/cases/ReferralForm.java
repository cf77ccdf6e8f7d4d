package de.lotse.app.feature.cases;

import de.lotse.core.cases.Referral;
import de.lotse.core.cases.ReferralStatus;
import de.lotse.core.directory.Organisation;
import de.lotse.core.validation.FieldProblem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A referral in its dialog: to which organisation, for what, how far it came, since when. */
public final class ReferralForm extends RecordForm<Referral> {

    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final ObjectProperty<ReferralStatus> status = new SimpleObjectProperty<>(ReferralStatus.PLANNED);
    private final StringProperty referredOn = new SimpleStringProperty("");
    private final Function<UUID, Organisation> organisations;

    ReferralForm(Supplier<CaseFormats> formats, Function<UUID, Organisation> organisations) {
        super(formats);
        this.organisations = organisations;
    }

    @Override
    protected List<Object> values() {
        return Arrays.asList(organisation.get(), subject.get(), status.get(), referredOn.get());
    }

    @Override
    protected void fill(Referral referral, LocalDate today) {
        organisation.set(referral == null || referral.organisationId() == null ? null
                : organisations.apply(referral.organisationId()));
        subject.set(referral == null ? "" : text(referral.subject()));
        status.set(referral == null ? ReferralStatus.PLANNED : referral.status());
        referredOn.set(formats().day(referral == null ? today : referral.referredOn()));
    }

    @Override
    protected Referral build(UUID id, UUID caseId, List<FieldProblem> found) {
        LocalDate on = day("referredOn", referredOn.get(), found);
        return found.isEmpty() ? new Referral(id, caseId, organisation.get() == null ? null : organisation.get().id(),
                subject.get(), status.get() == null ? ReferralStatus.PLANNED : status.get(), on) : null;
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
