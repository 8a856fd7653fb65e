package org.caresettle.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.caresettle.core.arch.bad.FileReadingRule;
import org.caresettle.core.arch.bad.FrameworkBoundRule;
import org.caresettle.core.arch.bad.NamingBoundRule;
import org.caresettle.core.value.Bsn;
import org.junit.jupiter.api.Test;

/**
 * Keeps settlement-core a pure function of its inputs (ARCHITECTURE.md): the rules must run as
 * fast unit tests, without Spring, jOOQ, a database or files, so the shell decides nothing.
 */
class CoreIsPureTest {

    /** An allow-list, so a new framework cannot slip in under a package nobody thought to forbid. */
    static final ArchRule ONLY_JDK_AND_CORE = classes()
            .that().resideInAPackage("org.caresettle.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.caresettle.core..")
            .because("settlement-core depends on the JDK only");

    /** The JDK itself reaches files and databases; the shell does that, the core gets values. */
    static final ArchRule NO_FILES_OR_DATABASE = noClasses()
            .that().resideInAPackage("org.caresettle.core..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.nio.file..", "java.net..")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|RandomAccessFile).*")
            .because("the core has no JDBC and no file or network I/O; the shell reads and writes");

    private static JavaClasses productionCore() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.caresettle.core");
    }

    @Test
    void coreDependsOnTheJdkAndItselfOnly() {
        JavaClasses core = productionCore();
        // Not vacuous: the production classes were found, and none of this test's own classes.
        assertThat(core.contain(Bsn.class)).isTrue();
        assertThat(core.contain(CoreIsPureTest.class)).isFalse();
        assertThat(core.contain(FrameworkBoundRule.class)).isFalse();
        ONLY_JDK_AND_CORE.check(core);
    }

    @Test
    void coreReadsNoFilesAndNoDatabase() {
        NO_FILES_OR_DATABASE.check(productionCore());
    }

    @Test
    void theRulesCatchABadCoreClass() {
        // Spring is not on this module's classpath, so JUnit stands in for any outside framework:
        // the allow-list treats org.springframework.. the same way.
        EvaluationResult framework = ONLY_JDK_AND_CORE.evaluate(
                new ClassFileImporter().importClasses(FrameworkBoundRule.class));
        assertThat(framework.hasViolation()).isTrue();
        assertThat(framework.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("org.junit.jupiter.api.Assertions"));

        // javax.. is JDK too but not java..: the pattern must not be a loose prefix match.
        EvaluationResult naming = ONLY_JDK_AND_CORE.evaluate(
                new ClassFileImporter().importClasses(NamingBoundRule.class));
        assertThat(naming.hasViolation()).isTrue();

        EvaluationResult files = NO_FILES_OR_DATABASE.evaluate(
                new ClassFileImporter().importClasses(FileReadingRule.class));
        assertThat(files.hasViolation()).isTrue();
        assertThat(files.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("java.nio.file.Files"))
                .anySatisfy(line -> assertThat(line).contains("java.sql.Connection"));
        assertThat(ONLY_JDK_AND_CORE.evaluate(new ClassFileImporter().importClasses(FileReadingRule.class))
                .hasViolation()).as("java.sql and java.nio.file pass the allow-list; hence the second rule").isFalse();
    }
}
