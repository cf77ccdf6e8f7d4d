package de.lotse.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import de.lotse.app.ui.form.FormModel;

/**
 * Dependencies point one way: app → persistence → core; the screen never touches the database;
 * no two packages need each other; view models are tested without a screen; only the command
 * line writes to the terminal.
 */
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

    /**
     * View models and the form kit hold state as beans and collections and call services: no
     * scene graph, no windows (those are the views'), so they are tested without a screen.
     */
    @ArchTest
    static final ArchRule viewModelsKnowNoScreen = noClasses()
            .that().resideInAPackage("de.lotse.app.ui.form..")
            .or(JavaClass.Predicates.simpleNameEndingWith("ViewModel"))
            .or(JavaClass.Predicates.resideInAPackage("de.lotse.app.feature..")
                    .and(JavaClass.Predicates.assignableTo(FormModel.class)))
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    /** View models get ports and values, not the composition root (which hands out the database). */
    @ArchTest
    static final ArchRule screensDoNotReachForTheCompositionRoot = noClasses()
            .that().resideInAnyPackage("de.lotse.app.feature..", "de.lotse.app.shell..", "de.lotse.app.ui..")
            .should().dependOnClassesThat().haveFullyQualifiedName("de.lotse.app.AppContext");

    /**
     * A package that needs another which needs it back is one package in two places: none may
     * (the code jOOQ generates is one piece, whose packages refer to each other).
     */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("de.lotse.(**)").should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("de.lotse.persistence.jooq.."),
                    resideInAPackage("de.lotse.persistence.jooq.."));

    /** Features know each other only through the shell (Navigator, Changes): one can be added or removed alone. */
    @ArchTest
    static final ArchRule featuresAreIndependent = slices().matching("de.lotse.app.feature.(*)..").should()
            .notDependOnEachOther();

    /** The terminal is the command line's: elsewhere, output goes to the window or the log. */
    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackage("de.lotse.app.cli..")
            .should().accessField(System.class, "out");

    /** Besides the command line, only the launcher says on the terminal why the window cannot open. */
    @ArchTest
    static final ArchRule onlyTheCommandLineAndTheLauncherWriteErrors = noClasses()
            .that().resideOutsideOfPackages("de.lotse.app.cli..", "de.lotse.app.launch..")
            .should().accessField(System.class, "err");
}
