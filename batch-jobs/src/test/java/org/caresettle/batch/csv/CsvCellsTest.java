package org.caresettle.batch.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void formulaStartsGetAQuote() {
        assertThat(CsvCells.guard("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvCells.guard("+31 6 1234")).isEqualTo("'+31 6 1234");
        assertThat(CsvCells.guard("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.guard("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.guard("-")).isEqualTo("'-");
        assertThat(CsvCells.guard("=")).isEqualTo("'=");
    }

    @Test
    void numbersAndPlainTextStayAsTheyAre() {
        assertThat(CsvCells.guard("-396000")).isEqualTo("-396000");
        assertThat(CsvCells.guard("-3960.00")).isEqualTo("-3960.00");
        assertThat(CsvCells.guard("+5")).isEqualTo("+5");
        assertThat(CsvCells.guard("0405")).isEqualTo("0405");
        assertThat(CsvCells.guard("R1=2")).isEqualTo("R1=2");
        assertThat(CsvCells.guard("9338|9321")).isEqualTo("9338|9321");
        assertThat(CsvCells.guard("")).isEmpty();
        assertThat(CsvCells.guard(null)).isEmpty();
    }

    @Test
    void notQuiteNumbersAreGuarded() {
        assertThat(CsvCells.guard("-1e5")).isEqualTo("'-1e5");
        assertThat(CsvCells.guard("-12.")).isEqualTo("'-12.");
        assertThat(CsvCells.guard("-1,5")).isEqualTo("'-1,5");
    }
}
