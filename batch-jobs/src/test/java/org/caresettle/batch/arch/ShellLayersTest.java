package org.caresettle.batch.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.caresettle.batch.SettlementApplication;
import org.caresettle.batch.cli.SettlementCli;
import org.caresettle.batch.settle.SettleRunner;
import org.caresettle.batch.settle.SettlementVersionRepository;
import org.caresettle.batch.statement.PlantedCycle;
import org.caresettle.batch.statement.StatementKind;
import org.junit.jupiter.api.Test;

/**
 * Keeps the shell a house with floors (issue 12.1), in the style of buckpal's DependencyRuleTests:
 * arrows point down only, from the entry points (command line, scheduler, worker; later the web
 * console) to the use cases, to the machinery of runs, to the stores and file formats, to
 * settlement-core; the exit codes and the one refusal type are a leaf that every floor may use.
 * And no two packages depend on each other, on any floor.
 */
class ShellLayersTest {

    private static final String SHELL = "org.caresettle.batch";

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching(SHELL + ".(*)..").should().beFreeOfCycles()
            .because("a package that depends on another which depends on it cannot be understood alone");

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("Entry points").definedBy(SHELL + ".cli..", SHELL + ".serve..", SHELL + ".worker..",
                    SHELL + ".bench..", SHELL + ".console..")
            .layer("Application").definedBy(SHELL)
            .layer("Use cases").definedBy(SHELL + ".ingest..", SHELL + ".settle..", SHELL + ".report..",
                    SHELL + ".verify..", SHELL + ".explain..", SHELL + ".nightly..",
                    SHELL + ".inquiry..", SHELL + ".rerun..", SHELL + ".export..", SHELL + ".inzage..")
            .layer("Runs").definedBy(SHELL + ".run..", SHELL + ".job..", SHELL + ".partition..",
                    SHELL + ".ownership..")
            .layer("Stores and formats").definedBy(SHELL + ".db..", SHELL + ".statement..", SHELL + ".message..",
                    SHELL + ".inbox..", SHELL + ".reference..", SHELL + ".files..", SHELL + ".csv..",
                    SHELL + ".privacy..", SHELL + ".users..", SHELL + ".audit..")
            .layer("Configuration").definedBy(SHELL + ".config..")
            .layer("Exit").definedBy(SHELL + ".exit..")
            .whereLayer("Entry points").mayNotBeAccessedByAnyLayer()
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Entry points")
            .whereLayer("Use cases").mayOnlyBeAccessedByLayers("Entry points")
            .whereLayer("Runs").mayOnlyBeAccessedByLayers("Entry points", "Use cases")
            .whereLayer("Stores and formats").mayOnlyBeAccessedByLayers("Entry points", "Use cases", "Runs")
            .whereLayer("Configuration").mayNotBeAccessedByAnyLayer()
            .because("entry points -> use cases -> runs -> stores and formats -> core (docs/decisions.md)");

    private static JavaClasses shell() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(SHELL);
    }

    @Test
    void theShellHasNoPackageCycles() {
        JavaClasses shell = shell();
        // Not vacuous: the production classes were found, and none of the tests' own.
        assertThat(shell.contain(SettleRunner.class)).isTrue();
        assertThat(shell.contain(PlantedCycle.class)).isFalse();
        NO_PACKAGE_CYCLES.check(shell);
    }

    @Test
    void arrowsPointDownOnly() {
        LAYERS.check(shell());
    }

    @Test
    void theRulesCatchAPlantedCycle() {
        // A statement-format class that calls up into settle, which writes statements: a loop.
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedCycle.class, SettleRunner.class,
                SettlementVersionRepository.class, StatementKind.class);
        EvaluationResult cycles = NO_PACKAGE_CYCLES.evaluate(planted);
        assertThat(cycles.hasViolation()).isTrue();
        assertThat(cycles.getFailureReport().toString()).contains("statement").contains("settle");

        EvaluationResult layers = LAYERS.evaluate(new ClassFileImporter().importClasses(PlantedCycle.class,
                SettleRunner.class, SettlementCli.class, SettlementApplication.class));
        assertThat(layers.hasViolation()).isTrue();
        assertThat(layers.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(PlantedCycle.class.getName()).contains("SettleRunner"));
    }
}
