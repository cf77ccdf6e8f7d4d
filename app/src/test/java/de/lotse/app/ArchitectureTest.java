package de.lotse.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import de.lotse.app.ui.form.FormModel;

/** Dependencies point one way: app → persistence → core; the screen never touches the database. */
@AnalyzeClasses(packages = "de.lotse", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsFreeOfUiAndDatabase = noClasses().that().resideInAPackage("de.lotse.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                    "de.lotse.persistence..", "de.lotse.app..");

    @ArchTest
    static final ArchRule persistenceKnowsNoApp = noClasses().that().resideInAPackage("de.lotse.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("de.lotse.app..", "javafx..");

    @ArchTest
    static final ArchRule screensUsePortsNotTheDatabase = noClasses()
            .that().resideInAnyPackage("de.lotse.app.feature..", "de.lotse.app.shell..", "de.lotse.app.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("de.lotse.persistence..", "org.jooq..", "java.sql..");

    /** View models and the form kit hold state as beans and collections: no scene graph, no windows. */
    @ArchTest
    static final ArchRule viewModelsKnowNoScreen = noClasses()
            .that().resideInAPackage("de.lotse.app.ui.form..")
            .or(JavaClass.Predicates.resideInAPackage("de.lotse.app.feature..")
                    .and(JavaClass.Predicates.simpleNameEndingWith("ViewModel")
                            .or(JavaClass.Predicates.assignableTo(FormModel.class))))
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    /** View models get ports and values, not the composition root (which hands out the database). */
    @ArchTest
    static final ArchRule screensDoNotReachForTheCompositionRoot = noClasses()
            .that().resideInAnyPackage("de.lotse.app.feature..", "de.lotse.app.shell..", "de.lotse.app.ui..")
            .should().dependOnClassesThat().haveFullyQualifiedName("de.lotse.app.AppContext");
}
