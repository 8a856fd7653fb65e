package org.caresettle.schema.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test of the slow tier (tag {@value #TAG}): it starts a Spring context, opens a database,
 * starts a second JVM or talks to a broker. {@code ./mvnw test -Pfast} leaves these out;
 * {@code ./mvnw verify} runs them all. Inherited, so it is put once on a contract or base class
 * and holds for every database's subclass. It lives here, in the test support that every module
 * shares, so that all modules tag their slow tests with the same word.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@Tag(SlowTest.TAG)
public @interface SlowTest {

    String TAG = "slow";
}
