package org.caresettle.batch.settle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
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

/**
 * A part of a settlement (settled for some regions, without corrections) as one text value, the
 * form in which a worker step hands it back: in its step execution context, which the job
 * repository stores with Spring Batch's default serializer. That serializer only reads back
 * JDK types (its deserialization filter refuses any other class), so the part travels as a
 * string: the settlement's records written field by field ({@link DataOutputStream}), gzipped,
 * in Base64. Everything the core's settlement holds is carried, so the decoded part equals the
 * encoded one.
 */
final class SettlementPartCodec {

    /** Bump when the layout changes: a part is only ever read by the run that wrote it, but say so if not. */
    private static final int FORMAT = 1;
    private static final String NULL = "\u0000";

    private SettlementPartCodec() {
    }

    static String encode(Settlement part) {
        if (part.corrections().isPresent()) {
            throw new IllegalArgumentException("a part carries no corrections: the merge computes them");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes, 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeUTF(part.period().toString());
            out.writeInt(part.version());
            out.writeInt(part.invoices().size());
            for (Invoice invoice : part.invoices()) {
                out.writeUTF(invoice.municipality().value());
                text(out, invoice.regionCode());
                lines(out, invoice.lines());
            }
            out.writeInt(part.payments().size());
            for (PaymentStatement payment : part.payments()) {
                out.writeUTF(payment.provider().value());
                lines(out, payment.lines());
            }
            out.writeInt(part.releases().size());
            for (Release release : part.releases()) {
                ReleaseGroupKey group = release.group();
                out.writeUTF(group.municipality().value());
                out.writeUTF(group.allocationNumber());
                out.writeUTF(group.provider().value());
                product(out, group.product());
                out.writeBoolean(release.pooled());
                out.writeLong(release.withheldToPreviousCents());
                out.writeLong(release.withheldToDateCents());
                out.writeLong(release.releasablePreviousCents());
                out.writeLong(release.releasableCents());
                out.writeLong(release.bookedCents());
            }
            out.writeInt(part.pools().size());
            for (RegionPool pool : part.pools()) {
                out.writeUTF(pool.key().regionCode());
                out.writeInt(pool.key().year());
                out.writeInt(pool.key().shares().size());
                for (Map.Entry<MunicipalityCode, Share> share : pool.key().shares().entrySet()) {
                    out.writeUTF(share.getKey().value());
                    out.writeInt(share.getValue().millionths());
                }
                out.writeLong(pool.totalCents());
                out.writeInt(pool.shares().size());
                for (PooledShare share : pool.shares()) {
                    out.writeUTF(share.municipality().value());
                    out.writeLong(share.pooledCents());
                    out.writeLong(share.shareCents());
                }
            }
            out.writeInt(part.availability().size());
            for (AvailabilityShares shares : part.availability()) {
                out.writeUTF(shares.arrangementId());
                out.writeLong(shares.amountCents());
                out.writeInt(shares.parts().size());
                for (Map.Entry<MunicipalityCode, Long> share : shares.parts().entrySet()) {
                    out.writeUTF(share.getKey().value());
                    out.writeLong(share.getValue());
                }
            }
            SettlementTotals totals = part.totals();
            out.writeLong(totals.directCents());
            out.writeLong(totals.releaseCents());
            out.writeLong(totals.availabilityCents());
            out.writeLong(totals.withheldCents());
            out.writeLong(totals.lineCount());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    static Settlement decode(String text) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(
                new ByteArrayInputStream(Base64.getDecoder().decode(text)), 1 << 16))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalStateException("a settlement part of format " + format + ", this program reads " + FORMAT);
            }
            Period period = Period.parse(in.readUTF());
            int version = in.readInt();
            List<Invoice> invoices = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                invoices.add(new Invoice(MunicipalityCode.of(in.readUTF()), text(in), period, version, lines(in)));
            }
            List<PaymentStatement> payments = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                payments.add(new PaymentStatement(AgbCode.of(in.readUTF()), period, version, lines(in)));
            }
            List<Release> releases = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                ReleaseGroupKey group = new ReleaseGroupKey(MunicipalityCode.of(in.readUTF()), in.readUTF(),
                        AgbCode.of(in.readUTF()), product(in));
                releases.add(new Release(group, in.readBoolean(), in.readLong(), in.readLong(), in.readLong(),
                        in.readLong(), in.readLong()));
            }
            List<RegionPool> pools = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String region = in.readUTF();
                int year = in.readInt();
                SortedMap<MunicipalityCode, Share> keyShares = new TreeMap<>();
                for (int j = in.readInt(); j > 0; j--) {
                    keyShares.put(MunicipalityCode.of(in.readUTF()), new Share(in.readInt()));
                }
                long total = in.readLong();
                List<PooledShare> shares = new ArrayList<>();
                for (int j = in.readInt(); j > 0; j--) {
                    shares.add(new PooledShare(MunicipalityCode.of(in.readUTF()), in.readLong(), in.readLong()));
                }
                pools.add(new RegionPool(new PoolingKey(region, year, keyShares), total, shares));
            }
            List<AvailabilityShares> availability = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String arrangement = in.readUTF();
                long amount = in.readLong();
                SortedMap<MunicipalityCode, Long> parts = new TreeMap<>();
                for (int j = in.readInt(); j > 0; j--) {
                    parts.put(MunicipalityCode.of(in.readUTF()), in.readLong());
                }
                availability.add(new AvailabilityShares(arrangement, amount, parts));
            }
            SettlementTotals totals = new SettlementTotals(in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                    in.readLong());
            return new Settlement(period, version, invoices, payments, releases, pools, availability, Optional.empty(),
                    totals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void lines(DataOutputStream out, List<StatementLine> lines) throws IOException {
        out.writeInt(lines.size());
        for (StatementLine line : lines) {
            StatementLineKey key = line.key();
            out.writeUTF(key.type().name());
            text(out, key.municipality() == null ? null : key.municipality().value());
            text(out, key.provider() == null ? null : key.provider().value());
            text(out, key.law() == null ? null : key.law().name());
            text(out, key.category());
            text(out, key.code());
            text(out, key.financing() == null ? null : key.financing().name());
            text(out, key.unit() == null ? null : key.unit().code());
            out.writeLong(line.lineCount());
            out.writeBoolean(line.volume() != null);
            if (line.volume() != null) {
                out.writeLong(line.volume());
            }
            out.writeLong(line.withheldCents());
            out.writeLong(line.amountCents());
        }
    }

    private static List<StatementLine> lines(DataInputStream in) throws IOException {
        List<StatementLine> lines = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            LineType type = LineType.valueOf(in.readUTF());
            String municipality = text(in);
            String provider = text(in);
            String law = text(in);
            String category = text(in);
            String code = text(in);
            String financing = text(in);
            String unit = text(in);
            StatementLineKey key = new StatementLineKey(type,
                    municipality == null ? null : MunicipalityCode.of(municipality),
                    provider == null ? null : AgbCode.of(provider),
                    law == null ? null : Law.valueOf(law),
                    category, code,
                    financing == null ? null : Financing.valueOf(financing),
                    unit == null ? null : Unit.parse(unit));
            long count = in.readLong();
            Long volume = in.readBoolean() ? in.readLong() : null;
            lines.add(new StatementLine(key, count, volume, in.readLong(), in.readLong()));
        }
        return lines;
    }

    private static void product(DataOutputStream out, Product product) throws IOException {
        out.writeUTF(product.law().name());
        text(out, product.category());
        text(out, product.code());
    }

    private static Product product(DataInputStream in) throws IOException {
        return new Product(Law.valueOf(in.readUTF()), text(in), text(in));
    }

    /** A text that may be absent: {@code null} is written as a lone NUL, which no code or region contains. */
    private static void text(DataOutputStream out, String text) throws IOException {
        out.writeUTF(text == null ? NULL : text);
    }

    private static String text(DataInputStream in) throws IOException {
        String text = in.readUTF();
        return text.equals(NULL) ? null : text;
    }
}
