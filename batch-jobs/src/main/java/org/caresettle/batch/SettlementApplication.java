package org.caresettle.batch;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot application: its package is the root from which every component of the shell
 * is found. It is started by the command line ({@code cli.SettlementCli}, the jar's main class)
 * once the arguments are checked; it depends on nothing itself.
 */
@SpringBootApplication
public class SettlementApplication {
}
