package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.caresettle.core.pooling.AvailabilityShares;
import org.caresettle.core.pooling.PooledShare;
import org.caresettle.core.pooling.PoolingKey;
import org.caresettle.core.pooling.RegionPool;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.settlement.Invoice;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.PaymentStatement;
import org.caresettle.core.settlement.Release;
import org.caresettle.core.settlement.ReleaseGroupKey;
import org.caresettle.core.settlement.Settlement;
import org.caresettle.core.settlement.SettlementTotals;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Share;
import org.caresettle.core.value.Unit;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;

/** A settled part survives the trip through a worker's execution context as the job repository stores it. */
class SettlementPartCodecTest {

    private static final Period MARCH = Period.of(2026, 3);
    private static final MunicipalityCode HOORN = MunicipalityCode.of("0405");
    private static final MunicipalityCode ENKHUIZEN = MunicipalityCode.of("0388");
    private static final AgbCode PROVIDER = AgbCode.of("12345678");
    private static final Product P43A01 = new Product(Law.JW, "43", "43A01");

    @Test
    void everyFieldOfAPartComesBackThroughSpringBatchsDefaultSerializer() throws IOException {
        Settlement part = part();

        String encoded = SettlementPartCodec.encode(part);
        Map<String, Object> context = Map.of("settle.part", encoded);
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();
        serializer.serialize(context, stored);
        Map<String, Object> read = serializer.deserialize(new ByteArrayInputStream(stored.toByteArray()));

        assertThat(SettlementPartCodec.decode((String) read.get("settle.part"))).isEqualTo(part);
    }

    private static Settlement part() {
        StatementLine direct = new StatementLine(new StatementLineKey(LineType.DIRECT, ENKHUIZEN, PROVIDER, Law.JW, "43",
                "43A01", Financing.RESULT, Unit.parse("82")), 1, 1L, 45_000, 405_000);
        StatementLine release = new StatementLine(new StatementLineKey(LineType.OUTCOME_RELEASE, ENKHUIZEN, PROVIDER,
                Law.JW, "43", "43A01", Financing.RESULT, null), 1, null, 0, 90_000);
        StatementLine availability = new StatementLine(new StatementLineKey(LineType.AVAILABILITY, ENKHUIZEN, PROVIDER,
                Law.JW, "46", null, Financing.AVAILABILITY, null), 0, null, 0, 20_000);
        StatementLine adjustment = new StatementLine(new StatementLineKey(LineType.POOLING_ADJUSTMENT, ENKHUIZEN, null,
                Law.JW, null, null, null, null), 0, null, 0, -396_000);
        StatementLine invoiceTotal = new StatementLine(new StatementLineKey(LineType.TOTAL, ENKHUIZEN, null, null, null,
                null, null, null), 2, null, 45_000, 119_000);
        StatementLine paymentTotal = new StatementLine(new StatementLineKey(LineType.TOTAL, null, PROVIDER, null, null,
                null, null, null), 2, null, 45_000, 515_000);
        TreeMap<MunicipalityCode, Share> key = new TreeMap<>(Map.of(ENKHUIZEN, new Share(400_000), HOORN, new Share(600_000)));
        return new Settlement(MARCH, 2,
                List.of(new Invoice(ENKHUIZEN, "WF", MARCH, 2, List.of(direct, release, availability, adjustment, invoiceTotal))),
                List.of(new PaymentStatement(PROVIDER, MARCH, 2, List.of(direct, release, availability, paymentTotal))),
                List.of(new Release(new ReleaseGroupKey(ENKHUIZEN, "2001", PROVIDER, P43A01), true, 45_000, 90_000, 0,
                        90_000, 90_000)),
                List.of(new RegionPool(new PoolingKey("WF", 2026, key), 495_000,
                        List.of(new PooledShare(ENKHUIZEN, 495_000, 198_000), new PooledShare(HOORN, 0, 297_000)))),
                List.of(new AvailabilityShares("A4", 50_000, new TreeMap<>(Map.of(ENKHUIZEN, 20_000L, HOORN, 30_000L)))),
                Optional.empty(), new SettlementTotals(405_000, 90_000, 50_000, 45_000, 1));
    }
}
