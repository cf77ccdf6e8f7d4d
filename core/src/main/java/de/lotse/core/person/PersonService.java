package de.lotse.core.person;

import de.lotse.core.account.Access;
import de.lotse.core.account.Permission;
import de.lotse.core.id.Ids;
import de.lotse.core.task.Progress;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** The person register's rules in one place: checks before saving, search, duplicates. */
public final class PersonService {

    private final PersonRegister register;
    private final Ids ids;
    private final Clock clock;
    private final Supplier<Access> access;

    /** {@code access}: who works now; every call is checked against their roles. */
    public PersonService(PersonRegister register, Ids ids, Clock clock, Supplier<Access> access) {
        this.access = access;
        this.register = register;
        this.ids = ids;
        this.clock = clock;
    }

    /** What is wrong with {@code draft}; empty when it may be saved. */
    public List<FieldProblem> check(PersonDraft draft) {
        return PersonRules.check(PersonRules.clean(draft), LocalDate.now(clock));
    }

    /** Saves a new person when the draft is good; its id, or what is wrong (nothing saved). */
    public Validated<UUID> add(PersonDraft draft) {
        access.get().require(Permission.PERSONS_WRITE);
        PersonDraft clean = PersonRules.clean(draft);
        List<FieldProblem> problems = PersonRules.check(clean, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            return new Validated.Invalid<>(problems);
        }
        UUID id = ids.next();
        register.add(id, clean);
        return new Validated.Valid<>(id);
    }

    /**
     * Saves new persons in one transaction when every draft is good: their ids in the order of
     * {@code drafts}, or the problems of the first bad draft (then nothing is saved).
     */
    public Validated<List<UUID>> addAll(List<PersonDraft> drafts) {
        return addAll(drafts, Progress.NONE);
    }

    /**
     * As {@link #addAll(List)}, telling {@code progress} how far the writing has come; a cancel ends
     * it with a {@link de.lotse.core.task.CancelledException} and the transaction rolled back, nothing saved.
     */
    public Validated<List<UUID>> addAll(List<PersonDraft> drafts, Progress progress) {
        access.get().require(Permission.PERSONS_WRITE);
        LocalDate today = LocalDate.now(clock);
        List<PersonDetail> persons = new ArrayList<>(drafts.size());
        for (PersonDraft draft : drafts) {
            PersonDraft clean = PersonRules.clean(draft);
            List<FieldProblem> problems = PersonRules.check(clean, today);
            if (!problems.isEmpty()) {
                return new Validated.Invalid<>(problems);
            }
            persons.add(new PersonDetail(ids.next(), clean));
        }
        progress.stopIfCancelled();
        register.addAll(persons, progress);
        return new Validated.Valid<>(persons.stream().map(PersonDetail::id).toList());
    }

    /**
     * Saves the fields changed from {@code base} (what the form showed; {@code null}: all fields)
     * when the draft is good, so a form never undoes what another device changed meanwhile.
     */
    public Validated<Boolean> update(UUID id, PersonDraft base, PersonDraft draft) {
        access.get().require(Permission.PERSONS_WRITE);
        PersonDraft clean = PersonRules.clean(draft);
        List<FieldProblem> problems = PersonRules.check(clean, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            return new Validated.Invalid<>(problems);
        }
        return new Validated.Valid<>(register.update(id, base == null ? null : PersonRules.clean(base), clean));
    }

    /** Deletes a person; refused (nothing deleted) while cases or appointments name them. */
    public Validated<Boolean> delete(UUID id) {
        access.get().require(Permission.PERSONS_WRITE);
        if (register.hasCasesOrAppointments(id)) {
            return new Validated.Invalid<>(List.of(FieldProblem.of("person", "hasCases")));
        }
        return new Validated.Valid<>(register.delete(id));
    }

    public Optional<PersonDetail> find(UUID id) {
        access.get().require(Permission.PERSONS_READ);
        return register.find(id);
    }

    public Optional<HouseholdView> householdOf(UUID person) {
        access.get().require(Permission.PERSONS_READ);
        return register.householdOf(person);
    }

    /** A new household with {@code head} as its head, at the address the person's contact gives; its id. */
    public UUID createHousehold(UUID head) {
        access.get().require(Permission.PERSONS_WRITE);
        Address address = register.find(head).map(detail -> detail.person().contact().address())
                .orElseThrow(() -> new IllegalArgumentException("no person " + head));
        return register.createHousehold(address, head);
    }

    /** Puts a person into a household or changes their role; a person lives in one household only. */
    public void setMember(UUID household, UUID person, HouseholdRole role) {
        access.get().require(Permission.PERSONS_WRITE);
        register.setMember(household, person, role);
    }

    public void removeMember(UUID household, UUID person) {
        access.get().require(Permission.PERSONS_WRITE);
        register.removeMember(household, person);
    }

    public List<ResidenceStatus> residenceHistory(UUID person) {
        access.get().require(Permission.PERSONS_READ);
        return register.residenceHistory(person);
    }

    /** Saves a residence status when it is good, or says what is wrong (nothing saved). */
    public Validated<UUID> save(ResidenceStatus status) {
        access.get().require(Permission.PERSONS_WRITE);
        List<FieldProblem> problems = PersonRules.check(status);
        if (!problems.isEmpty()) {
            return new Validated.Invalid<>(problems);
        }
        register.save(status);
        return new Validated.Valid<>(status.id());
    }

    public boolean deleteResidence(UUID id) {
        access.get().require(Permission.PERSONS_WRITE);
        return register.deleteResidence(id);
    }

    /** A new residence status id. */
    public UUID newId() {
        return ids.next();
    }

    /**
     * Merges {@code merged} into {@code survivor} (see {@link Merges}); the merge record, or what
     * is wrong with the combined record (nothing changed).
     */
    public Validated<MergeRecord> merge(UUID survivor, UUID merged) {
        access.get().require(Permission.PERSONS_MERGE);
        PersonDetail kept = register.find(survivor).orElseThrow(() -> new IllegalArgumentException("no survivor"));
        PersonDetail gone = register.find(merged).orElseThrow(() -> new IllegalArgumentException("no merged"));
        PersonDraft combined = PersonRules.clean(Merges.combine(kept.person(), gone.person()));
        List<FieldProblem> problems = PersonRules.check(combined, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            return new Validated.Invalid<>(problems);
        }
        return new Validated.Valid<>(register.merge(survivor, merged, combined));
    }

    public List<MergeRecord> merges() {
        access.get().require(Permission.PERSONS_READ);
        return register.merges();
    }

    private RegisterSnapshot snapshot;

    /**
     * The register as last read, with its search index (made when first needed). It is read anew
     * only when something was written or synced since (the register's version moved), so that a
     * search field searching as the person types does not read 100,000 rows per keystroke, and
     * the person list and every search share one read and one index.
     */
    public synchronized RegisterSnapshot snapshot() {
        access.get().require(Permission.PERSONS_READ);
        long version = register.version();
        if (snapshot == null || snapshot.version() != version) {
            snapshot = new RegisterSnapshot(version, register.listAll());
        }
        return snapshot;
    }

    /** The best {@code limit} persons for a search text, best first; all in name order for a blank one. */
    public List<PersonRow> search(String query, int limit) {
        access.get().require(Permission.PERSONS_READ);
        RegisterSnapshot register = snapshot();
        if (query == null || query.isBlank()) {
            return register.rows().subList(0, Math.min(limit, register.rows().size()));
        }
        return register.index().search(query, limit).stream().map(hit -> register.row(hit.id())).toList();
    }

    /** Pairs of persons that are likely one, best first, with what a list shows of each. */
    public List<PersonPair> likelyDuplicates() {
        return likelyDuplicates(Progress.NONE);
    }

    /**
     * As {@link #likelyDuplicates()}, telling {@code progress} how far the scan has come (seconds at
     * 100,000 persons); a cancel ends it with a {@link de.lotse.core.task.CancelledException}.
     */
    public List<PersonPair> likelyDuplicates(Progress progress) {
        access.get().require(Permission.PERSONS_MERGE);
        RegisterSnapshot register = snapshot();
        return Duplicates.pairs(register.duplicateEntries(), Duplicates.LIKELY, progress).stream()
                .map(pair -> new PersonPair(register.row(pair.first()), register.row(pair.second()), pair.score()))
                .toList();
    }

    /** Pairs of persons that may be one, best first. */
    public List<DuplicateCandidate> duplicates(double threshold) {
        access.get().require(Permission.PERSONS_MERGE);
        return Duplicates.pairs(snapshot().duplicateEntries(), threshold);
    }

    /** Stored persons that {@code draft} may be (before it is saved), best first. */
    public List<DuplicateCandidate> candidatesFor(PersonDraft draft) {
        access.get().require(Permission.PERSONS_READ);
        Duplicates.Entry entry = new Duplicates.Entry(new UUID(0, 0), draft.familyName(), draft.givenName(),
                draft.birthDate(), draft.sex());
        return Duplicates.candidatesFor(entry, snapshot().duplicateEntries(), Duplicates.LIKELY);
    }

    /**
     * Pairs that may be one person in which at least one is of {@code incoming} (persons about to be
     * added, under ids of the caller's choosing): with a stored person (then {@code first}) or with
     * another incoming one. Best first; the register is read once.
     */
    public List<DuplicateCandidate> candidatesAmong(List<Duplicates.Entry> incoming) {
        return candidatesAmong(incoming, Progress.NONE);
    }

    /** As {@link #candidatesAmong(List)}, reporting to {@code progress} and stopping when cancelled. */
    public List<DuplicateCandidate> candidatesAmong(List<Duplicates.Entry> incoming, Progress progress) {
        access.get().require(Permission.PERSONS_READ);
        return Duplicates.pairsWith(incoming, snapshot().duplicateEntries(), Duplicates.LIKELY, progress);
    }
}
