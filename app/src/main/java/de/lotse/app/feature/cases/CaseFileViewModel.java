package de.lotse.app.feature.cases;

import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.form.FieldProblems;
import de.lotse.app.ui.form.Form;
import de.lotse.app.ui.form.FormModel;
import de.lotse.core.cases.Benefit;
import de.lotse.core.cases.CaseFile;
import de.lotse.core.cases.CaseService;
import de.lotse.core.cases.CaseStatus;
import de.lotse.core.cases.CaseSummary;
import de.lotse.core.cases.Consent;
import de.lotse.core.cases.IntegrationStep;
import de.lotse.core.cases.JournalEntry;
import de.lotse.core.cases.Referral;
import de.lotse.core.cases.StepStatus;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.directory.Organisation;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * One case file: its header (number, subject, target group, caseworker, status with the moves the
 * workflow allows), its plan, its journal, consents, benefits and referrals. Journal entries are
 * only ever added; a correction is a new entry naming the one it corrects. Every other record is
 * edited in its form ({@link StepForm}, {@link ConsentForm}, …) and checked by {@link CaseService}
 * before it is saved.
 */
public final class CaseFileViewModel {

    /**
     * One journal entry as the journal shows it: the entry it corrects (or null) and the later
     * entries that correct it (none when it stands as written).
     */
    public record JournalLine(JournalEntry entry, JournalEntry corrects, List<JournalEntry> correctedBy) {

        public JournalLine {
            correctedBy = List.copyOf(correctedBy);
        }

        public boolean corrected() {
            return !correctedBy.isEmpty();
        }
    }

    private final CaseService cases;
    private final DirectoryService directory;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObservableValue<UUID> me;
    private final Supplier<String> fallbackAuthor;
    private final Supplier<String> signedIn;
    private final Supplier<CaseFormats> formats;
    private Consumer<UUID> onChanged = id -> { };

    private final ReadOnlyObjectWrapper<CaseFile> caseFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper("");
    private final ObservableList<CaseStatus> allowedNext = FXCollections.observableArrayList();
    private final ObservableList<Caseworker> caseworkers = FXCollections.observableArrayList();
    private final ObservableList<Organisation> organisations = FXCollections.observableArrayList();
    private Map<UUID, Organisation> organisationsById = Map.of();
    private final ObservableList<IntegrationStep> steps = FXCollections.observableArrayList();
    private final ObservableList<JournalLine> journal = FXCollections.observableArrayList();
    private final ObservableList<Consent> consents = FXCollections.observableArrayList();
    private final ObservableList<Benefit> benefits = FXCollections.observableArrayList();
    private final ObservableList<Referral> referrals = FXCollections.observableArrayList();

    private final StringProperty journalDraft = new SimpleStringProperty("");
    private final BooleanProperty journalConfidential = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<JournalEntry> correcting = new ReadOnlyObjectWrapper<>();
    private final FieldProblems journalProblems = new FieldProblems();
    private final StringProperty closeReason = new SimpleStringProperty("");
    private final FieldProblems statusProblems = new FieldProblems();
    private final BooleanBinding dirty;
    // read-only views made once: a view made per call would lose the listeners added to it
    private final ObservableList<CaseStatus> allowedNextView = FXCollections.unmodifiableObservableList(allowedNext);
    private final ObservableList<Caseworker> caseworkersView = FXCollections.unmodifiableObservableList(caseworkers);
    private final ObservableList<Organisation> organisationsView =
            FXCollections.unmodifiableObservableList(organisations);
    private final ObservableList<IntegrationStep> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ObservableList<JournalLine> journalView = FXCollections.unmodifiableObservableList(journal);
    private final ObservableList<Consent> consentsView = FXCollections.unmodifiableObservableList(consents);
    private final ObservableList<Benefit> benefitsView = FXCollections.unmodifiableObservableList(benefits);
    private final ObservableList<Referral> referralsView = FXCollections.unmodifiableObservableList(referrals);

    private final StepForm stepForm;
    private final ConsentForm consentForm;
    private final BenefitForm benefitForm;
    private final ReferralForm referralForm;

    /**
     * {@code signedIn} is the name of the user logged in (null: nobody), which signs journal
     * entries (the service signs with it whatever the form says); else {@code me}, the chosen
     * caseworker (null: nobody chosen), signs them, else {@code fallbackAuthor}; {@code formats}
     * gives days and amounts in the current language.
     */
    public CaseFileViewModel(CaseService cases, DirectoryService directory, TaskRunner tasks,
            Consumer<Throwable> onFailure, Supplier<String> signedIn, ObservableValue<UUID> me,
            Supplier<String> fallbackAuthor, Supplier<CaseFormats> formats) {
        this.signedIn = signedIn;
        this.cases = cases;
        this.directory = directory;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.me = me;
        this.fallbackAuthor = fallbackAuthor;
        this.formats = formats;
        Function<UUID, Organisation> organisation = id -> organisationsById.get(id);
        CaseFormContext forms = new CaseFormContext(tasks, onFailure, cases, () -> caseFile.get().id(), formats);
        stepForm = new StepForm(forms, organisation);
        consentForm = new ConsentForm(forms);
        benefitForm = new BenefitForm(forms);
        referralForm = new ReferralForm(forms, organisation);
        dirty = Bindings.createBooleanBinding(() -> caseFile.get() != null && !journalDraft.get().isBlank(),
                journalDraft, caseFile);
    }

    /** {@code listener} hears the id of a case after anything of it was saved (to update a list). */
    public void setOnChanged(Consumer<UUID> listener) {
        this.onChanged = listener == null ? id -> { } : listener;
    }

    private record Loaded(CaseFile caseFile, String subject, List<Caseworker> caseworkers,
            List<Organisation> organisations, List<IntegrationStep> steps, List<JournalEntry> journal,
            List<Consent> consents, List<Benefit> benefits, List<Referral> referrals) { }

    /** Reads the case with everything of it in the background; {@code then} runs after it is shown. */
    public void open(UUID caseId, Runnable then) {
        tasks.run(() -> cases.find(caseId).map(found -> new Loaded(found,
                cases.summary(caseId).map(CaseSummary::subject).orElse(""), directory.caseworkers(),
                directory.organisations(), cases.steps(caseId), cases.journal(caseId), cases.consents(caseId),
                cases.benefits(caseId), cases.referrals(caseId))), loaded -> {
                    loaded.ifPresentOrElse(this::show, this::clear);
                    then.run();
                }, onFailure);
    }

    public void open(UUID caseId) {
        open(caseId, () -> { });
    }

    private void show(Loaded loaded) {
        boolean sameCase = caseFile.get() != null && caseFile.get().id().equals(loaded.caseFile().id());
        caseworkers.setAll(loaded.caseworkers());
        organisations.setAll(loaded.organisations());
        Map<UUID, Organisation> byId = new HashMap<>();
        loaded.organisations().forEach(organisation -> byId.put(organisation.id(), organisation));
        organisationsById = byId;
        subject.set(loaded.subject());
        setCase(loaded.caseFile());
        steps.setAll(planOrder(loaded.steps()));
        journal.setAll(lines(loaded.journal()));
        consents.setAll(loaded.consents());
        benefits.setAll(loaded.benefits());
        referrals.setAll(loaded.referrals());
        if (!sameCase) {
            journalDraft.set("");
            journalConfidential.set(false);
            correcting.set(null);
            journalProblems.clear();
        }
    }

    /** Shows no case. */
    public void clear() {
        caseFile.set(null);
        subject.set("");
        allowedNext.clear();
        for (ObservableList<?> list : List.of(steps, journal, consents, benefits, referrals)) {
            list.clear();
        }
        journalDraft.set("");
        correcting.set(null);
        journalProblems.clear();
    }

    private void setCase(CaseFile changed) {
        caseFile.set(changed);
        allowedNext.setAll(changed.status().next().stream().sorted().toList());
    }

    private static List<IntegrationStep> planOrder(List<IntegrationStep> plan) {
        return plan.stream().sorted(IntegrationStep.PLAN_ORDER).toList();
    }

    /** The journal newest first: the last contact is what a caseworker needs first when the phone rings. */
    static List<JournalLine> lines(List<JournalEntry> entries) {
        Map<UUID, JournalEntry> byId = new HashMap<>();
        Map<UUID, List<JournalEntry>> corrections = new HashMap<>();
        for (JournalEntry entry : entries) {
            byId.put(entry.id(), entry);
            if (entry.correctsId() != null) {
                corrections.computeIfAbsent(entry.correctsId(), id -> new ArrayList<>()).add(entry);
            }
        }
        return entries.stream()
                .sorted(Comparator.comparing(JournalEntry::writtenAt).thenComparing(JournalEntry::id).reversed())
                .map(entry -> new JournalLine(entry, entry.correctsId() == null ? null : byId.get(entry.correctsId()),
                        corrections.getOrDefault(entry.id(), List.of()).stream()
                                .sorted(Comparator.comparing(JournalEntry::writtenAt)).toList()))
                .toList();
    }

    // --- header: status, caseworker, target group ---

    /**
     * Moves the case to {@code next}; closing takes the {@link #closeReasonProperty() reason}.
     * When the move is refused (closing without a reason) the problem is shown and nothing changes;
     * {@code onDone} runs only after the move was saved.
     */
    public void changeStatus(CaseStatus next, Runnable onDone) {
        CaseFile current = caseFile.get();
        if (current == null) {
            return;
        }
        String reason = next == CaseStatus.CLOSED ? closeReason.get() : null;
        tasks.run(() -> cases.changeStatus(current.id(), next, reason), result -> {
            switch (result) {
                case Validated.Valid<CaseFile> valid -> {
                    statusProblems.clear();
                    closeReason.set("");
                    setCase(valid.value());
                    onChanged.accept(current.id());
                    onDone.run();
                }
                case Validated.Invalid<CaseFile> invalid -> statusProblems.show(invalid.problems());
            }
        }, onFailure);
    }

    /** Before asking for a close reason: an empty reason, no problems. */
    public void prepareClosing() {
        closeReason.set("");
        statusProblems.clear();
    }

    /** Gives the case to another caseworker (none: null). */
    public void assignCaseworker(UUID caseworkerId) {
        CaseFile current = caseFile.get();
        if (current != null && !Objects.equals(current.caseworkerId(), caseworkerId)) {
            assign(() -> cases.assignCaseworker(current.id(), caseworkerId));
        }
    }

    public void assignTargetGroup(TargetGroup group) {
        CaseFile current = caseFile.get();
        if (current != null && group != null && current.targetGroup() != group) {
            assign(() -> cases.assignTargetGroup(current.id(), group));
        }
    }

    private void assign(Callable<CaseFile> assignment) {
        tasks.run(assignment, changed -> {
            setCase(changed);
            onChanged.accept(changed.id());
        }, onFailure);
    }

    /** The name of the case's caseworker; empty when nobody is responsible. */
    public String caseworkerName(UUID caseworkerId) {
        return caseworkers.stream().filter(caseworker -> caseworker.id().equals(caseworkerId)).findFirst()
                .map(Caseworker::name).orElse("");
    }

    // --- journal ---

    /** The chosen caseworker; null when nobody is chosen. */
    public ObservableValue<UUID> meProperty() {
        return me;
    }

    /** Who signs a new entry: the user logged in, else the chosen caseworker, else the neutral fallback. */
    public String author() {
        String user = signedIn.get();
        if (user != null && !user.isBlank()) {
            return user;
        }
        UUID chosen = me.getValue();
        return caseworkers.stream().filter(caseworker -> caseworker.id().equals(chosen)).findFirst()
                .map(Caseworker::name).orElseGet(fallbackAuthor);
    }

    /** Starts a correction of {@code entry}: the draft starts as its text, and saving adds a new entry naming it. */
    public void correct(JournalEntry entry) {
        correcting.set(entry);
        journalDraft.set(entry.text());
        journalConfidential.set(entry.confidential());
        journalProblems.clear();
    }

    /** Drops the draft and any correction begun (Esc). */
    public void discardJournal() {
        journalDraft.set("");
        journalConfidential.set(false);
        correcting.set(null);
        journalProblems.clear();
    }

    /** Appends the draft to the journal (Ctrl+S), as a correction when one was begun. */
    public void addJournalEntry(Runnable onDone) {
        CaseFile current = caseFile.get();
        if (current == null) {
            return;
        }
        JournalEntry corrected = correcting.get();
        if (corrected != null && journalDraft.get().strip().equals(corrected.text().strip())) {
            journalProblems.show(List.of(FieldProblem.of("journalText", "unchanged")));
            return;
        }
        String author = author();
        String text = journalDraft.get();
        boolean confidential = journalConfidential.get();
        tasks.run(() -> {
            Validated<JournalEntry> written = cases.write(current.id(), author, text,
                    corrected == null ? null : corrected.id(), confidential);
            return new Written(written, written instanceof Validated.Valid<JournalEntry>
                    ? cases.journal(current.id()) : List.of());
        }, result -> {
            switch (result.entry()) {
                case Validated.Valid<JournalEntry> valid -> {
                    journal.setAll(lines(result.journal()));
                    journalDraft.set("");
                    journalConfidential.set(false);
                    correcting.set(null);
                    journalProblems.clear();
                    onChanged.accept(current.id());
                    onDone.run();
                }
                case Validated.Invalid<JournalEntry> invalid -> journalProblems.show(invalid.problems());
            }
        }, onFailure);
    }

    private record Written(Validated<JournalEntry> entry, List<JournalEntry> journal) { }

    // --- plan, consents, benefits, referrals ---

    /** Opens {@code step} in the step form, or a new step when it is null. */
    public void editStep(IntegrationStep step) {
        stepForm.form().openOrNew(step, IntegrationStep::id);
    }

    public void saveStep(Runnable onSaved) {
        save(stepForm, cases::save, cases::steps, list -> steps.setAll(planOrder(list)),
                onSaved);
    }

    /** Marks a step done at once (the quick action beside the plan). */
    public void markDone(IntegrationStep step) {
        if (step == null || step.status() == StepStatus.DONE) {
            return;
        }
        IntegrationStep done = new IntegrationStep(step.id(), step.caseId(), step.title(), step.category(),
                step.priority(), StepStatus.DONE, step.dueOn(), step.organisationId(), step.outcome(), step.lastChange());
        tasks.run(() -> {
            cases.save(step, done);
            return cases.steps(step.caseId());
        }, list -> {
            steps.setAll(planOrder(list));
            onChanged.accept(step.caseId());
        }, onFailure);
    }

    public void editConsent(Consent consent) {
        consentForm.form().openOrNew(consent, Consent::id);
    }

    public void saveConsent(Runnable onSaved) {
        save(consentForm, cases::save, cases::consents, consents::setAll, onSaved);
    }

    /** Records that a consent was withdrawn today. */
    public void withdraw(Consent consent) {
        if (consent == null || consent.withdrawnOn() != null) {
            return;
        }
        Consent withdrawn = new Consent(consent.id(), consent.caseId(), consent.purpose(), consent.givenOn(),
                cases.today().isBefore(consent.givenOn()) ? consent.givenOn() : cases.today());
        tasks.run(() -> {
            cases.save(consent, withdrawn);
            return cases.consents(consent.caseId());
        }, consents::setAll, onFailure);
    }

    public void editBenefit(Benefit benefit) {
        benefitForm.form().openOrNew(benefit, Benefit::id);
    }

    public void saveBenefit(Runnable onSaved) {
        save(benefitForm, cases::save, cases::benefits, benefits::setAll, onSaved);
    }

    public void editReferral(Referral referral) {
        referralForm.form().openOrNew(referral, Referral::id);
    }

    public void saveReferral(Runnable onSaved) {
        save(referralForm, cases::save, cases::referrals, referrals::setAll, onSaved);
    }

    /**
     * Saves the form through {@code store}: the problems of the typed text or of the service's
     * checks appear beside the fields and nothing is saved. Once saved, the list is read anew in the
     * same background work and the form is empty for the next record.
     */
    private <T> void save(FormModel<T> form, Form.Save<T, T> store, Function<UUID, List<T>> reread,
            Consumer<List<T>> show, Runnable onSaved) {
        CaseFile current = caseFile.get();
        if (current == null) {
            return;
        }
        form.form().save((base, edited) -> store.save(base, edited).map(saved -> reread.apply(current.id())), list -> {
            form.form().newRecord();
            show.accept(list);
            onChanged.accept(current.id());
            onSaved.run();
        });
    }

    /** The organisation's name; empty for none or one no longer known. */
    public String organisationName(UUID organisationId) {
        Organisation organisation = organisationId == null ? null : organisationsById.get(organisationId);
        return organisation == null ? "" : organisation.name();
    }

    public LocalDate today() {
        return cases.today();
    }

    public CaseFormats formats() {
        return formats.get();
    }

    // --- properties ---

    public ReadOnlyObjectProperty<CaseFile> caseFileProperty() {
        return caseFile.getReadOnlyProperty();
    }

    /** Whose case it is: the person, or the head of the household. */
    public ReadOnlyStringProperty subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    /** The statuses the case may move to now, in workflow order. */
    public ObservableList<CaseStatus> allowedNext() {
        return allowedNextView;
    }

    public ObservableList<Caseworker> caseworkers() {
        return caseworkersView;
    }

    public ObservableList<Organisation> organisations() {
        return organisationsView;
    }

    /** The plan in {@link IntegrationStep#PLAN_ORDER}. */
    public ObservableList<IntegrationStep> steps() {
        return stepsView;
    }

    /** The journal, newest first. */
    public ObservableList<JournalLine> journal() {
        return journalView;
    }

    public ObservableList<Consent> consents() {
        return consentsView;
    }

    public ObservableList<Benefit> benefits() {
        return benefitsView;
    }

    public ObservableList<Referral> referrals() {
        return referralsView;
    }

    /** The text of the next journal entry. */
    /**
     * Whether the entry being written is confidential (Gesundheit, Schutz): read only by the
     * case's responsible caseworker and the head of office.
     */
    public BooleanProperty journalConfidentialProperty() {
        return journalConfidential;
    }

    public StringProperty journalDraftProperty() {
        return journalDraft;
    }

    /** The entry being corrected; null while writing a new entry. */
    public ReadOnlyObjectProperty<JournalEntry> correctingProperty() {
        return correcting.getReadOnlyProperty();
    }

    public ObservableMap<String, FieldProblem> journalProblems() {
        return journalProblems.view();
    }

    /** Why the case is closed, asked for before closing. */
    public StringProperty closeReasonProperty() {
        return closeReason;
    }

    public ObservableMap<String, FieldProblem> statusProblems() {
        return statusProblems.view();
    }

    public StepForm stepForm() {
        return stepForm;
    }

    public ConsentForm consentForm() {
        return consentForm;
    }

    public BenefitForm benefitForm() {
        return benefitForm;
    }

    public ReferralForm referralForm() {
        return referralForm;
    }

    /** True while a journal entry is written but not added. */
    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
