package org.caresettle.batch.message.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds JW323/WMO323 test messages, one Prestatie per text line so positions are predictable. */
final class Jw323Sample {

    static final String BSN_A = "999900006";
    static final String BSN_B = "999900018";

    record Line(String bsn, String reference, String previous, String allocation, String category, String code,
            String start, String end, String volume, String unit, String tariff, String amount, String dc) {
    }

    private String namespace = MessageStandard.IJW.declarationNamespace();
    private String baseNamespace = MessageStandard.IJW.baseNamespace();
    private String messageId = "MSG-0001";
    private final List<Line> lines = new ArrayList<>();

    static Jw323Sample jw() {
        return new Jw323Sample();
    }

    static Jw323Sample wmo() {
        Jw323Sample sample = new Jw323Sample();
        sample.namespace = MessageStandard.IWMO.declarationNamespace();
        sample.baseNamespace = MessageStandard.IWMO.baseNamespace();
        return sample;
    }

    Jw323Sample messageId(String id) {
        this.messageId = id;
        return this;
    }

    Jw323Sample line(Line line) {
        lines.add(line);
        return this;
    }

    Jw323Sample debit(String bsn, String reference, String volume, String amount) {
        return line(new Line(bsn, reference, null, "1001", "45", "45A01", "2026-03-01", "2026-03-31",
                volume, "04", "8550", amount, "D"));
    }

    Jw323Sample credit(String bsn, String reference, String previous, String volume, String amount) {
        return line(new Line(bsn, reference, previous, "1001", "45", "45A01", "2026-02-01", "2026-02-28",
                volume, "04", "8550", amount, "C"));
    }

    long total() {
        long total = 0;
        for (Line line : lines) {
            total += ("C".equals(line.dc()) ? -1 : 1) * Long.parseLong(line.amount());
        }
        return total;
    }

    /** The message text; Clienten group consecutive lines of one BSN. Line 1 is the XML declaration. */
    String xml() {
        long total = total();
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<Bericht xmlns=\"").append(namespace).append("\" xmlns:b=\"").append(baseNamespace).append("\">\n");
        x.append("<Header><BerichtCode>490</BerichtCode><BerichtVersie>3</BerichtVersie>"
                + "<BerichtSubversie>2</BerichtSubversie><Afzender>12345678</Afzender><Ontvanger>0405</Ontvanger>\n");
        x.append("<BerichtIdentificatie><b:Identificatie>").append(messageId)
                .append("</b:Identificatie><b:Dagtekening>2026-04-02</b:Dagtekening></BerichtIdentificatie>\n");
        x.append("<XsdVersie><b:BasisschemaXsdVersie>0.1.0</b:BasisschemaXsdVersie>"
                + "<b:BerichtXsdVersie>0.1.0</b:BerichtXsdVersie></XsdVersie></Header>\n");
        x.append("<Declaratie><DeclaratieNummer>D2026031</DeclaratieNummer>\n");
        x.append("<DeclaratiePeriode><b:Begindatum>2026-03-01</b:Begindatum><b:Einddatum>2026-03-31</b:Einddatum>"
                + "</DeclaratiePeriode><DeclaratieDagtekening>2026-04-01</DeclaratieDagtekening>\n");
        x.append("<TotaalIngediendBedrag><b:TotaalBedrag>  ").append(Math.abs(total))
                .append("\n</b:TotaalBedrag><b:DebetCredit>").append(total < 0 ? "C" : "D")
                .append("</b:DebetCredit></TotaalIngediendBedrag>\n");
        x.append("<Clienten>\n");
        Map<String, List<Line>> clients = new LinkedHashMap<>();
        for (Line line : lines) {
            clients.computeIfAbsent(line.bsn(), k -> new ArrayList<>()).add(line);
        }
        for (Map.Entry<String, List<Line>> client : clients.entrySet()) {
            x.append("<Client><Bsn>").append(client.getKey()).append("</Bsn><Prestaties>\n");
            for (Line l : client.getValue()) {
                x.append("<Prestatie><ProductReferentie><b:ReferentieNummer>").append(l.reference())
                        .append("</b:ReferentieNummer>");
                if (l.previous() != null) {
                    x.append("<b:VorigReferentieNummer>").append(l.previous()).append("</b:VorigReferentieNummer>");
                }
                x.append("</ProductReferentie><ToewijzingNummer>").append(l.allocation())
                        .append("</ToewijzingNummer><ProductCategorie>").append(l.category())
                        .append("</ProductCategorie><ProductCode>").append(l.code())
                        .append("</ProductCode><ProductPeriode><b:Begindatum>").append(l.start())
                        .append("</b:Begindatum><b:Einddatum>").append(l.end())
                        .append("</b:Einddatum></ProductPeriode><GeleverdVolume>").append(l.volume())
                        .append("</GeleverdVolume><Eenheid>").append(l.unit()).append("</Eenheid>");
                if (l.tariff() != null) {
                    x.append("<ProductTarief>").append(l.tariff()).append("</ProductTarief>");
                }
                x.append("<IngediendBedrag><b:Bedrag>").append(l.amount()).append("</b:Bedrag><b:DebetCredit>")
                        .append(l.dc()).append("</b:DebetCredit></IngediendBedrag></Prestatie>\n");
            }
            x.append("</Prestaties></Client>\n");
        }
        x.append("</Clienten></Declaratie>\n</Bericht>\n");
        return x.toString();
    }

    byte[] bytes() {
        return xml().getBytes(StandardCharsets.UTF_8);
    }
}
