package org.caresettle.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.core.check.CheckFixture.AGB_A;
import static org.caresettle.core.check.CheckFixture.AGB_B;
import static org.caresettle.core.check.CheckFixture.BSN_1;
import static org.caresettle.core.check.CheckFixture.BSN_2;
import static org.caresettle.core.check.CheckFixture.BSN_3;
import static org.caresettle.core.check.CheckFixture.ENKHUIZEN;
import static org.caresettle.core.check.CheckFixture.STEDE_BROEC;

import java.util.List;
import org.caresettle.core.check.TestDeclaration.TestLine;
import org.junit.jupiter.api.Test;

/** The declarations of SPEC 12 (period 2026-03), as the checks must answer them. */
class WorkedExampleTest extends DeciderTestSupport {

    static TestLine stedeBroec(String reference, long hours) {
        return TestLine.debit(reference, "3001", BSN_3, "02", "02A01", "2026-03-01", "2026-03-31", hours, "04",
                6200L);
    }

    static TestLine enkhuizen(String reference, String start, String end) {
        return TestLine.debit(reference, "2001", BSN_2, "43", "43A01", start, end, 1, "82", 450000L);
    }

    @Test
    void theWorkedExampleIsAnsweredAsTheSpecSays() {
        DeclarationVerdict february = decide(TestDeclaration.of(AGB_A, ENKHUIZEN, "JW", "2026-02")
                .line(enkhuizen("E-FEB", "2026-02-15", "2026-02-28")));
        DeclarationVerdict hoorn = decide(hoornMarch(TestLine.hoorn("H-1001", 8),
                TestLine.debit("H-9999", "9999", BSN_1, "45", "45A01", "2026-03-01", "2026-03-31", 2, "04", 8550L)));
        DeclarationVerdict enkhuizen = decide(TestDeclaration.of(AGB_A, ENKHUIZEN, "JW", "2026-03")
                .line(enkhuizen("E-MAR", "2026-03-01", "2026-03-31")));
        DeclarationVerdict stedeBroec = decide(TestDeclaration.of(AGB_B, STEDE_BROEC, "WMO", "2026-03")
                .line(stedeBroec("S-3001", 30)));

        assertThat(february.answerCodes()).containsExactly(ReturnCode.of("8001"));
        assertThat(february.awardedTotalCents()).isEqualTo(450000);
        assertThat(hoorn.answerCodes()).containsExactly(ReturnCode.of("0200"));
        assertThat(codes(hoorn)).containsExactly(List.of(), List.of("9338"));
        assertThat(hoorn.submittedTotalCents()).isEqualTo(68400 + 17100);
        assertThat(hoorn.awardedTotalCents()).isEqualTo(68400);
        assertThat(enkhuizen.answerCodes()).containsExactly(ReturnCode.of("8001"));
        assertThat(enkhuizen.awardedTotalCents()).isEqualTo(450000);
        assertThat(stedeBroec.answerCodes()).containsExactly(ReturnCode.of("8001"));
        assertThat(stedeBroec.awardedTotalCents()).isEqualTo(186000);
    }

    @Test
    void allocation3001AllowsEightHoursTimesSixWeeksInMarch2026() {
        accept(TestDeclaration.of(AGB_B, STEDE_BROEC, "WMO", "2026-03").line(stedeBroec("S1", 30)));
        accept(TestDeclaration.of(AGB_B, STEDE_BROEC, "WMO", "2026-03")
                .line(stedeBroec("S2", 18).period("2026-03-02", "2026-03-08")));

        DeclarationVerdict over = decide(TestDeclaration.of(AGB_B, STEDE_BROEC, "WMO", "2026-03")
                .line(stedeBroec("S3", 1).period("2026-03-09", "2026-03-09")));

        assertThat(codes(over)).containsExactly(List.of("9321"));
    }
}
