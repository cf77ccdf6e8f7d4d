package de.lotse.core.demo;

import static de.lotse.core.directory.OrganisationKind.COUNSELLING;
import static de.lotse.core.directory.OrganisationKind.DAYCARE;
import static de.lotse.core.directory.OrganisationKind.EMPLOYMENT_AGENCY;
import static de.lotse.core.directory.OrganisationKind.FOREIGNERS_AUTHORITY;
import static de.lotse.core.directory.OrganisationKind.JOB_CENTRE;
import static de.lotse.core.directory.OrganisationKind.LANGUAGE_SCHOOL;
import static de.lotse.core.directory.OrganisationKind.SCHOOL;
import static de.lotse.core.directory.OrganisationKind.SOCIAL_WELFARE_OFFICE;
import static de.lotse.core.directory.OrganisationKind.WELFARE_ASSOCIATION;

import de.lotse.core.agenda.Appointment;
import de.lotse.core.cases.Benefit;
import de.lotse.core.cases.BenefitKind;
import de.lotse.core.cases.CaseData;
import de.lotse.core.cases.CaseFile;
import de.lotse.core.cases.CaseNumber;
import de.lotse.core.cases.CaseStatus;
import de.lotse.core.cases.Consent;
import de.lotse.core.cases.IntegrationStep;
import de.lotse.core.cases.JournalEntry;
import de.lotse.core.cases.Plans;
import de.lotse.core.cases.Referral;
import de.lotse.core.cases.ReferralStatus;
import de.lotse.core.cases.StepStatus;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.clock.OfficeTime;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.OrganisationContact;
import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.PlanTemplate;
import de.lotse.core.directory.PlanTemplates;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.id.Ids;
import de.lotse.core.person.Address;
import de.lotse.core.person.Household;
import de.lotse.core.person.HouseholdRole;
import de.lotse.core.person.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes the office around demo persons: partner organisations in the town, caseworkers, the
 * shipped plan templates, and case files with plans, journals, consents, benefits, referrals and
 * appointments. The same seed and reference day give the same data.
 */
public final class DemoCases {

    private static final UUID NAMESPACE = UUID.fromString("0b6e8a8e-3c1a-4f57-8d0e-5d4f2f3a9c21");
    private static final List<String> CASEWORKERS = List.of("Sabine Krüger", "Mehmet Aydın", "Julia Hoffmann",
            "Thomas Becker");
    private static final List<String> NOTES = List.of(
            "Erstgespräch geführt, Unterlagen gesichtet.",
            "Termin bei der Ausländerbehörde vereinbart.",
            "Anmeldung zum Integrationskurs abgegeben.",
            "Rückruf vom Jobcenter: Antrag liegt vollständig vor.",
            "Hausbesuch in der Unterkunft, Familie gut angekommen.",
            "Schulplatz für die Kinder zugesagt.",
            "Unterlagen für die Anerkennung übersetzt und weitergeleitet.",
            "Person ist nicht zum Termin erschienen, neuer Termin angeboten.");

    private final SplittableRandom random;
    private final LocalDate today;
    private final String deviceCode;
    private long idMillis;

    public DemoCases(long seed, LocalDate today, String deviceCode) {
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.today = today;
        this.deviceCode = deviceCode;
        this.idMillis = today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli() - 5_000_000L;
    }

    /** The organisations of the town the demo households live in, four caseworkers and the shipped templates. */
    public DemoOffice office(String town) {
        List<Organisation> organisations = List.of(
                organisation("Jobcenter " + town, JOB_CENTRE, "Am Rathaus 4", EnumSet.of(StepCategory.WORK,
                        StepCategory.SOCIAL), town),
                organisation("Agentur für Arbeit " + town, EMPLOYMENT_AGENCY, "Bahnhofstraße 12",
                        EnumSet.of(StepCategory.WORK), town),
                organisation("Ausländerbehörde " + town, FOREIGNERS_AUTHORITY, "Rathausplatz 1",
                        EnumSet.of(StepCategory.RESIDENCE), town),
                organisation("Sozialamt " + town, SOCIAL_WELFARE_OFFICE, "Rathausplatz 1",
                        EnumSet.of(StepCategory.SOCIAL), town),
                organisation("Gesundheitsamt " + town, OrganisationKind.HEALTH, "Hospitalstraße 8",
                        EnumSet.of(StepCategory.HEALTH), town),
                organisation("Volkshochschule " + town, LANGUAGE_SCHOOL, "Schulstraße 3",
                        EnumSet.of(StepCategory.LANGUAGE), town),
                organisation("Grundschule Am Park", SCHOOL, "Parkstraße 20", EnumSet.of(StepCategory.EDUCATION), town),
                organisation("Gesamtschule " + town, SCHOOL, "Schulzentrum 1", EnumSet.of(StepCategory.EDUCATION), town),
                organisation("Städtische Kita Sonnenschein", DAYCARE, "Lindenweg 5", EnumSet.of(StepCategory.EDUCATION),
                        town),
                organisation("Caritasverband " + town, WELFARE_ASSOCIATION, "Kirchplatz 2",
                        EnumSet.of(StepCategory.SOCIAL), town),
                organisation("Diakonie " + town + " – Migrationsberatung", COUNSELLING, "Kirchstraße 9",
                        EnumSet.of(StepCategory.SOCIAL, StepCategory.RESIDENCE), town),
                organisation("Wohnungsgesellschaft " + town, OrganisationKind.HOUSING, "Marktstraße 15",
                        EnumSet.of(StepCategory.HOUSING), town));
        List<String> contactNames = List.of("Frau Schneider", "Herr Wagner", "Frau Yilmaz", "Herr Schulz",
                "Frau Neumann", "Herr Richter", "Frau Klein", "Herr Wolf", "Frau Schröder", "Herr Braun",
                "Frau Zimmermann", "Herr Hartmann");
        List<OrganisationContact> contacts = new ArrayList<>();
        for (int i = 0; i < organisations.size(); i++) {
            Organisation organisation = organisations.get(i);
            contacts.add(new OrganisationContact(Ids.derived(organisation.id(), "contact"), organisation.id(),
                    contactNames.get(i), "Ansprechpartner/in Integration", organisation.phone(), null));
        }
        List<Caseworker> caseworkers = CASEWORKERS.stream()
                .map(name -> new Caseworker(Ids.derived(NAMESPACE, "caseworker " + name), name)).toList();
        return new DemoOffice(organisations, contacts, caseworkers, PlanTemplates.shipped());
    }

    private Organisation organisation(String name, OrganisationKind kind, String street,
            EnumSet<StepCategory> topics, String town) {
        return new Organisation(Ids.derived(NAMESPACE, "organisation " + name), name, kind, topics,
                new Address(street, null, town), "0" + (2300 + random.nextInt(700)) + " " + (100 + random.nextInt(900)),
                null);
    }

    /** Cases for about a third of the households, more often for recent arrivals. */
    public CaseData cases(List<Person> persons, List<Household> households, DemoOffice office,
            Collection<String> takenNumbers) {
        Map<UUID, Person> byId = persons.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        Map<Integer, Integer> serials = new HashMap<>();
        takenNumbers.stream().map(CaseNumber::parse).flatMap(java.util.Optional::stream)
                .filter(number -> number.deviceCode().equals(deviceCode))
                .forEach(number -> serials.merge(number.year(), number.serial(), Math::max));
        Builder out = new Builder();
        for (Household household : households) {
            Person head = byId.get(household.members().getFirst().personId());
            LocalDate arrival = head.profile().arrivalInTown();
            boolean recent = arrival != null && arrival.isAfter(today.minusYears(2));
            if (random.nextInt(100) >= (recent ? 60 : 20)) {
                continue;
            }
            LocalDate opened = arrival == null ? today.minusDays(random.nextInt(900))
                    : arrival.plusDays(random.nextInt(30));
            if (opened.isAfter(today)) {
                opened = today;
            }
            int serial = serials.merge(opened.getYear(), 1, Integer::sum);
            boolean forHousehold = household.members().size() > 1;
            boolean children = household.members().stream().anyMatch(m -> m.role() == HouseholdRole.CHILD);
            String country = head.nationalities().getFirst();
            TargetGroup group = switch (country) {
                case "UA" -> TargetGroup.UKRAINE;
                case "RO", "BG" -> TargetGroup.SOUTH_EAST_EUROPE;
                case "TR" -> TargetGroup.OTHER;
                default -> TargetGroup.REFUGEES;
            };
            Caseworker caseworker = office.caseworkers().isEmpty() ? new Caseworker(null, "Demo")
                    : office.caseworkers().get(random.nextInt(office.caseworkers().size()));
            CaseStatus status = status(opened);
            UUID caseId = uuid();
            out.cases.add(new CaseFile(caseId, new CaseNumber(deviceCode, opened.getYear(), serial).toString(),
                    forHousehold ? null : head.id(), forHousehold ? household.id() : null, caseworker.id(), group,
                    status, status == CaseStatus.CLOSED ? closeReason() : null, opened,
                    status == CaseStatus.CLOSED ? closedOn(opened) : null));
            PlanTemplate template = template(office.templates(), group, children);
            for (IntegrationStep step : Plans.fromTemplate(template, caseId, opened, office.organisations(),
                    this::uuid)) {
                out.steps.add(progressed(step, status));
            }
            journal(caseId, opened, caseworker, out.journal);
            out.consents.add(new Consent(uuid(), caseId, "Datenweitergabe an Jobcenter und Ausländerbehörde", opened,
                    random.nextInt(30) == 0 ? opened.plusDays(60) : null));
            benefit(caseId, group, opened, out.benefits);
            if (random.nextInt(100) < 30) {
                Organisation partner = office.organisations().stream()
                        .filter(o -> o.kind() == WELFARE_ASSOCIATION || o.kind() == COUNSELLING)
                        .toList().get(random.nextInt(2));
                out.referrals.add(new Referral(uuid(), caseId, partner.id(), random.nextBoolean()
                        ? "Schuldnerberatung" : "Migrationsberatung", ReferralStatus.values()[random.nextInt(5)],
                        opened.plusDays(random.nextInt(60))));
            }
            if (status != CaseStatus.CLOSED && random.nextInt(100) < 30) {
                out.appointments.add(appointment(head, caseId, caseworker));
            }
        }
        return new CaseData(out.cases, out.steps, out.journal, out.consents, out.benefits, out.referrals,
                out.appointments);
    }

    private CaseStatus status(LocalDate opened) {
        int roll = random.nextInt(100);
        if (opened.isAfter(today.minusDays(14))) {
            return CaseStatus.OPEN;
        }
        if (opened.isBefore(today.minusYears(1)) && roll < 30) {
            return CaseStatus.CLOSED;
        }
        return roll < 8 ? CaseStatus.PAUSED : CaseStatus.ACTIVE;
    }

    private String closeReason() {
        return List.of("Ziele erreicht", "Umzug in eine andere Stadt", "Kein weiterer Unterstützungsbedarf")
                .get(random.nextInt(3));
    }

    private LocalDate closedOn(LocalDate opened) {
        long span = Math.max(1, today.toEpochDay() - opened.toEpochDay());
        return opened.plusDays(span / 2 + random.nextLong(span / 2 + 1));
    }

    /** The shipped template that fits the group, as the office stores it (an administrator may have changed it). */
    private static PlanTemplate template(List<PlanTemplate> templates, TargetGroup group, boolean children) {
        int index = switch (group) {
            case UKRAINE -> 3;
            case SOUTH_EAST_EUROPE -> 2;
            default -> children ? 1 : 0;
        };
        UUID wanted = PlanTemplates.shipped().get(index).id();
        return templates.stream().filter(template -> template.id().equals(wanted)).findFirst()
                .orElse(templates.getFirst());
    }

    /** Steps due in the past are mostly done; a few are left overdue, as in every real office. */
    private IntegrationStep progressed(IntegrationStep step, CaseStatus caseStatus) {
        if (step.dueOn() == null || !step.dueOn().isBefore(today)) {
            return random.nextInt(100) < 20 ? with(step, StepStatus.IN_PROGRESS, null, step.lastChange()) : step;
        }
        int roll = random.nextInt(100);
        if (caseStatus == CaseStatus.CLOSED || roll < 85) {
            return with(step, StepStatus.DONE, "Erledigt", step.dueOn().minusDays(random.nextInt(10)));
        }
        return roll < 90 ? with(step, StepStatus.DROPPED, "Nicht mehr nötig", step.dueOn()) : step;
    }

    private static IntegrationStep with(IntegrationStep step, StepStatus status, String outcome, LocalDate changed) {
        return new IntegrationStep(step.id(), step.caseId(), step.title(), step.category(), step.priority(), status,
                step.dueOn(), step.organisationId(), outcome,
                changed.isBefore(step.lastChange()) ? step.lastChange() : changed);
    }

    private void journal(UUID caseId, LocalDate opened, Caseworker author, List<JournalEntry> journal) {
        int entries = 1 + random.nextInt(4);
        long span = Math.max(1, today.toEpochDay() - opened.toEpochDay());
        for (int i = 0; i < entries; i++) {
            LocalDate day = i == 0 ? opened : opened.plusDays(random.nextLong(span));
            LocalDateTime at = day.atTime(8 + random.nextInt(8), random.nextInt(60));
            journal.add(new JournalEntry(uuid(), caseId, at.atZone(OfficeTime.ZONE).toInstant(), author.name(),
                    i == 0 ? NOTES.getFirst() : NOTES.get(1 + random.nextInt(NOTES.size() - 1)), null));
        }
    }

    private void benefit(UUID caseId, TargetGroup group, LocalDate opened, List<Benefit> benefits) {
        switch (group) {
            case REFUGEES -> benefits.add(new Benefit(uuid(), caseId, BenefitKind.ASYLBLG, opened, null,
                    new BigDecimal("441.00")));
            case UKRAINE -> benefits.add(new Benefit(uuid(), caseId, BenefitKind.SGB_II, opened, null,
                    new BigDecimal("563.00")));
            default -> {
                if (random.nextBoolean()) {
                    benefits.add(new Benefit(uuid(), caseId, BenefitKind.SGB_II, opened.plusDays(30), null,
                            new BigDecimal("563.00")));
                }
            }
        }
    }

    private Appointment appointment(Person person, UUID caseId, Caseworker caseworker) {
        LocalDate day = today.plusDays(random.nextInt(21) - 7);
        if (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(8 - day.getDayOfWeek().getValue());
        }
        LocalDateTime start = day.atTime(LocalTime.of(8 + random.nextInt(8), random.nextBoolean() ? 0 : 30));
        String language = person.profile().interpreterNeeded() ? person.profile().languages().getFirst() : null;
        List<String> titles = List.of("Beratungsgespräch", "Begleitung zur Ausländerbehörde", "Hilfeplangespräch",
                "Antrag Jobcenter besprechen");
        String title = titles.get(random.nextInt(titles.size()));
        return new Appointment(uuid(), person.id(), caseId, caseworker.id(), start, 45, title,
                title.startsWith("Begleitung") ? "Ausländerbehörde, Rathausplatz 1" : "Büro Integration, Raum 2.14",
                null, language, 60);
    }

    private UUID uuid() {
        return Ids.version7(idMillis++, random);
    }

    private static final class Builder {
        final List<CaseFile> cases = new ArrayList<>();
        final List<IntegrationStep> steps = new ArrayList<>();
        final List<JournalEntry> journal = new ArrayList<>();
        final List<Consent> consents = new ArrayList<>();
        final List<Benefit> benefits = new ArrayList<>();
        final List<Referral> referrals = new ArrayList<>();
        final List<Appointment> appointments = new ArrayList<>();
    }
}
