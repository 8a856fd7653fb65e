package org.caresettle.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.caresettle.batch.testsupport.SettlementProcess;
import org.caresettle.batch.testsupport.TestBroker;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.caresettle.schema.testsupport.TestMigrations;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;

/**
 * Keeps the fast tier ({@code ./mvnw test -Pfast}) free of slow tests: every test class of this
 * module that opens a database, starts a Spring context or a second JVM, or uses a broker, and
 * every database suite by its name (*H2Test, *PostgresTest, *Contract), must carry
 * {@link SlowTest}, itself or through a superclass. Read from the bytecode, so a new test cannot
 * slip into the fast tier by a forgotten tag.
 *
 * <p>The command line alone ({@code CliRun}) does not count: its standalone commands (generate)
 * run without Spring or a database. A command that needs the database needs a test database,
 * and that counts.
 */
class TestTiersTest {

    /** The test support and libraries through which a test reaches a database, Spring, a process or a broker. */
    private static final Set<String> SLOW_CLASSES = Set.of(TestDatabase.class.getName(), TestDatabases.class.getName(),
            TestMigrations.class.getName(), SettlementProcess.class.getName(), TestBroker.class.getName(),
            "org.springframework.boot.SpringApplication", "org.springframework.context.ConfigurableApplicationContext",
            "org.jooq.DSLContext", "java.lang.ProcessBuilder");
    private static final List<String> SLOW_PACKAGES = List.of("java.sql", "javax.sql", "org.h2", "org.postgresql",
            "io.zonky", "org.apache.qpid", "com.rabbitmq", "org.springframework.test", "org.springframework.boot.test");
    private static final List<String> SLOW_NAMES = List.of("H2Test", "PostgresTest", "Contract");

    private static final JavaClasses TESTS = new ClassFileImporter().importPath(testClassesFolder());

    @Test
    void everySlowTestClassIsTaggedSlow() {
        // This check names the machinery it looks for, and is itself fast.
        assertThat(TESTS.stream().filter(TestTiersTest::isTestClass).filter(test -> !test.isEquivalentTo(TestTiersTest.class))
                .filter(TestTiersTest::isSlow)
                .filter(test -> !isTaggedSlow(test)).map(JavaClass::getName))
                .as("test classes that need @SlowTest (or a superclass that has it)")
                .isEmpty();
    }

    @Test
    void theCheckTellsSlowFromFast() {
        // Not vacuous: the test classes were found, and each kind of slow test is recognised.
        assertThat(isSlow(test("run.H2FileBusyTest"))).as("a second JVM").isTrue();
        assertThat(isSlow(test("settle.SettleContract"))).as("the application on a test database").isTrue();
        assertThat(isSlow(test("ingest.InboxIngestH2Test"))).as("a database suite by its superclass").isTrue();
        assertThat(isSlow(test("csv.CsvCellsTest"))).as("a unit test").isFalse();
        assertThat(isSlow(test("generate.GenerateCommandTest"))).as("a standalone command").isFalse();
        assertThat(isTaggedSlow(test("ingest.InboxIngestH2Test"))).as("the tag is inherited").isTrue();
        assertThat(isTaggedSlow(test("csv.CsvCellsTest"))).isFalse();
    }

    /**
     * This module's test classes (target/test-classes). Read as a folder they import in two seconds;
     * the same package searched for across the whole classpath took seven (see also archunit.properties).
     */
    private static Path testClassesFolder() {
        try {
            return Path.of(TestTiersTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A test class of this module by its name under org.caresettle.batch (most are package-private). */
    private static JavaClass test(String name) {
        return TESTS.get("org.caresettle.batch." + name);
    }

    /** A class JUnit runs tests of: it or a superclass has a test method. */
    private static boolean isTestClass(JavaClass type) {
        return !type.isInterface() && hierarchy(type).anyMatch(c -> c.getMethods().stream()
                .anyMatch(method -> method.isMetaAnnotatedWith(Testable.class)));
    }

    private static boolean isSlow(JavaClass test) {
        return SLOW_NAMES.stream().anyMatch(test.getSimpleName()::endsWith)
                || hierarchy(test).flatMap(TestTiersTest::withInnerClasses)
                        .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                        .anyMatch(dependency -> isSlowMachinery(dependency.getTargetClass()));
    }

    private static boolean isSlowMachinery(JavaClass target) {
        JavaClass type = target.isArray() ? target.getBaseComponentType() : target;
        return SLOW_CLASSES.contains(type.getName())
                || SLOW_PACKAGES.stream().anyMatch(p -> type.getPackageName().equals(p) || type.getPackageName().startsWith(p + "."));
    }

    /** The tag as JUnit sees it: on the class, a superclass (it is inherited) or an enclosing class. */
    private static boolean isTaggedSlow(JavaClass test) {
        for (Optional<JavaClass> c = Optional.of(test); c.isPresent(); c = c.get().getEnclosingClass()) {
            if (c.get().reflect().isAnnotationPresent(SlowTest.class)) {
                return true;
            }
        }
        return false;
    }

    /** The class and its superclasses within this module's tests. */
    private static Stream<JavaClass> hierarchy(JavaClass type) {
        return Stream.concat(Stream.of(type), type.getAllRawSuperclasses().stream().filter(c -> TESTS.contain(c.getName())));
    }

    /** The class with its nested, inner and anonymous classes, whose code is part of its tests. */
    private static Stream<JavaClass> withInnerClasses(JavaClass type) {
        return TESTS.stream().filter(c -> c.equals(type) || c.getName().startsWith(type.getName() + "$"));
    }
}
