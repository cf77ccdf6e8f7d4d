package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.CASEWORKER;
import static de.lotse.persistence.jooq.Tables.ORGANISATION;
import static de.lotse.persistence.jooq.Tables.ORGANISATION_CONTACT;
import static de.lotse.persistence.jooq.Tables.PLAN_TEMPLATE;
import static de.lotse.persistence.jooq.Tables.PLAN_TEMPLATE_STEP;

import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.Directory;
import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.OrganisationContact;
import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.PlanTemplate;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import de.lotse.core.id.Ids;
import de.lotse.core.person.Address;
import de.lotse.core.text.GermanOrder;
import de.lotse.persistence.jooq.tables.records.CaseworkerRecord;
import de.lotse.persistence.jooq.tables.records.OrganisationContactRecord;
import de.lotse.persistence.jooq.tables.records.OrganisationRecord;
import de.lotse.persistence.jooq.tables.records.PlanTemplateRecord;
import de.lotse.persistence.jooq.tables.records.PlanTemplateStepRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Organisations, their contacts, caseworkers and plan templates in H2. */
public final class JooqDirectory implements Directory {

    private final Store store;

    public JooqDirectory(Store store) {
        this.store = store;
    }

    @Override
    public List<Organisation> organisations() {
        return GermanOrder.sortBy(store.read(dsl -> dsl.selectFrom(ORGANISATION).fetch(JooqDirectory::organisation)),
                Organisation::name, organisation -> "");
    }

    @Override
    public void save(Organisation base, Organisation edited) {
        store.writeAll(writer -> writer.save(base, edited, JooqDirectory::record));
    }

    @Override
    public List<OrganisationContact> contacts(UUID organisationId) {
        return store.read(dsl -> dsl.selectFrom(ORGANISATION_CONTACT)
                .where(ORGANISATION_CONTACT.ORGANISATION_ID.eq(organisationId)).orderBy(ORGANISATION_CONTACT.NAME)
                .fetch(r -> new OrganisationContact(r.getId(), r.getOrganisationId(), r.getName(), r.getRole(),
                        r.getPhone(), r.getEmail())));
    }

    @Override
    public void save(OrganisationContact base, OrganisationContact edited) {
        store.writeAll(writer -> writer.save(base, edited, JooqDirectory::record));
    }

    @Override
    public List<Caseworker> caseworkers() {
        return GermanOrder.sortBy(store.read(dsl -> dsl.selectFrom(CASEWORKER)
                .fetch(r -> new Caseworker(r.getId(), r.getName()))), Caseworker::name, caseworker -> "");
    }

    @Override
    public void save(Caseworker base, Caseworker edited) {
        store.writeAll(writer -> writer.save(base, edited, JooqDirectory::record));
    }

    @Override
    public boolean hasTemplates() {
        return store.read(dsl -> dsl.fetchExists(PLAN_TEMPLATE));
    }

    @Override
    public List<PlanTemplate> templates() {
        return store.read(dsl -> {
            Map<UUID, List<PlanTemplate.Step>> steps = dsl.selectFrom(PLAN_TEMPLATE_STEP)
                    .orderBy(PLAN_TEMPLATE_STEP.TEMPLATE_ID, PLAN_TEMPLATE_STEP.POSITION).fetch().stream()
                    .collect(Collectors.groupingBy(PlanTemplateStepRecord::getTemplateId,
                            Collectors.mapping(JooqDirectory::step, Collectors.toList())));
            return GermanOrder.sortBy(dsl.selectFrom(PLAN_TEMPLATE).fetch(r -> new PlanTemplate(r.getId(),
                    r.getName(), r.getDescription(), steps.getOrDefault(r.getId(), List.of()))),
                    PlanTemplate::name, template -> "");
        });
    }

    /**
     * The steps are stored under ids derived from the template and their position, so a save
     * replaces them in place. They are one list: a form that left them as they were leaves them
     * alone, and one that changed any of them stores all of them as the form has them.
     */
    @Override
    public void save(PlanTemplate base, PlanTemplate edited) {
        store.writeAll(writer -> {
            writer.save(base, edited, JooqDirectory::record);
            if (base != null && base.steps().equals(edited.steps())) {
                return;
            }
            List<PlanTemplateStepRecord> steps = stepRecords(edited);
            steps.forEach(writer::upsert);
            for (UUID stale : writer.query().select(PLAN_TEMPLATE_STEP.ID).from(PLAN_TEMPLATE_STEP)
                    .where(PLAN_TEMPLATE_STEP.TEMPLATE_ID.eq(edited.id()))
                    .and(PLAN_TEMPLATE_STEP.POSITION.ge(steps.size())).fetch(PLAN_TEMPLATE_STEP.ID)) {
                writer.delete(PLAN_TEMPLATE_STEP, stale);
            }
        });
    }

    @Override
    public void addAll(List<Organisation> organisations, List<OrganisationContact> contacts,
            List<Caseworker> caseworkers, List<PlanTemplate> templates) {
        store.writeAll(writer -> {
            writer.insertAll(organisations.stream().map(JooqDirectory::record).toList());
            writer.insertAll(contacts.stream().map(JooqDirectory::record).toList());
            writer.insertAll(caseworkers.stream().map(JooqDirectory::record).toList());
            writer.insertAll(templates.stream().map(JooqDirectory::record).toList());
            writer.insertAll(templates.stream().flatMap(t -> stepRecords(t).stream()).toList());
        });
    }

    private static List<PlanTemplateStepRecord> stepRecords(PlanTemplate template) {
        List<PlanTemplateStepRecord> records = new ArrayList<>();
        for (int position = 0; position < template.steps().size(); position++) {
            PlanTemplate.Step step = template.steps().get(position);
            records.add(new PlanTemplateStepRecord(Ids.derived(template.id(), "step " + position), template.id(),
                    position, step.title(), step.category().name(), step.priority().name(), step.dueAfterDays(),
                    step.organisationKind() == null ? null : step.organisationKind().name()));
        }
        return records;
    }

    private static PlanTemplate.Step step(PlanTemplateStepRecord r) {
        return new PlanTemplate.Step(r.getTitle(), StepCategory.valueOf(r.getCategory()),
                StepPriority.valueOf(r.getPriority()), r.getDueAfterDays(),
                r.getOrganisationKind() == null ? null : OrganisationKind.valueOf(r.getOrganisationKind()));
    }

    private static Organisation organisation(OrganisationRecord r) {
        Set<StepCategory> topics = r.getTopics() == null || r.getTopics().isBlank() ? Set.of()
                : Arrays.stream(r.getTopics().split(",")).map(StepCategory::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(StepCategory.class)));
        return new Organisation(r.getId(), r.getName(), OrganisationKind.valueOf(r.getKind()), topics,
                new Address(r.getStreet(), r.getPostalCode(), r.getCity()), r.getPhone(), r.getEmail());
    }

    private static OrganisationRecord record(Organisation o) {
        String topics = o.topics().isEmpty() ? null : EnumSet.copyOf(o.topics()).stream().map(Enum::name)
                .collect(Collectors.joining(","));
        return new OrganisationRecord(o.id(), o.name(), o.kind().name(), topics, o.address().street(),
                o.address().postalCode(), o.address().city(), o.phone(), o.email());
    }

    private static OrganisationContactRecord record(OrganisationContact c) {
        return new OrganisationContactRecord(c.id(), c.organisationId(), c.name(), c.role(), c.phone(), c.email());
    }

    private static CaseworkerRecord record(Caseworker c) {
        return new CaseworkerRecord(c.id(), c.name());
    }

    /** The template without its steps, which have their own table. */
    private static PlanTemplateRecord record(PlanTemplate t) {
        return new PlanTemplateRecord(t.id(), t.name(), t.description());
    }
}
