package org.caresettle.batch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SettlementApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(SettlementApplication.class, args)));
    }
}
