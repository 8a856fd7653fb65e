package org.caresettle.sampledata.generator;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one declaration as a JW323 or WMO323 message, laid out like the West-Friesland sample:
 * message elements in the message namespace, the children of basisschema composite types in the
 * basisschema namespace ({@code elementFormDefault="qualified"}). Consecutive lines of one BSN
 * share a {@code Client}. All values are digits, dates and codes, so nothing needs escaping.
 */
final class XmlInboxFile {

    static final String JW323_NS = "http://www.istandaarden.nl/ijw/3_2/jw323/schema";
    static final String IJW_BASE_NS = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";
    static final String WMO323_NS = "http://www.istandaarden.nl/iwmo/3_2/wmo323/schema";
    static final String IWMO_BASE_NS = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";
    /** BerichtCode of JW323 (fixed by jw323.xsd). */
    static final String JW323_CODE = "490";
    /** BerichtCode of WMO323: the project answers with WMO325 = 485; we hold no iWmo XSD to confirm 484. */
    static final String WMO323_CODE = "484";

    private XmlInboxFile() {
    }

    static void write(Path path, DeclarationHeader h, List<Line> body) throws IOException {
        boolean jw = h.law().equals("JW");
        String p = jw ? "ijw:" : "iwmo:";
        try (Writer w = TextFiles.open(path)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Bericht xmlns=\"");
            w.write(jw ? JW323_NS : WMO323_NS);
            w.write(jw ? "\" xmlns:ijw=\"" : "\" xmlns:iwmo=\"");
            w.write(jw ? IJW_BASE_NS : IWMO_BASE_NS);
            w.write("\">\n  <Header>\n    <BerichtCode>");
            w.write(jw ? JW323_CODE : WMO323_CODE);
            w.write("</BerichtCode>\n    <BerichtVersie>3</BerichtVersie>\n    <BerichtSubversie>2</BerichtSubversie>\n");
            leaf(w, "    ", "Afzender", h.providerAgb());
            leaf(w, "    ", "Ontvanger", h.municipalityCode());
            w.write("    <BerichtIdentificatie>\n");
            leaf(w, "      ", p + "Identificatie", h.messageId());
            leaf(w, "      ", p + "Dagtekening", h.messageDate());
            w.write("    </BerichtIdentificatie>\n    <XsdVersie>\n");
            leaf(w, "      ", p + "BasisschemaXsdVersie", "0.1.0");
            leaf(w, "      ", p + "BerichtXsdVersie", "0.1.0");
            w.write("    </XsdVersie>\n  </Header>\n  <Declaratie>\n");
            leaf(w, "    ", "DeclaratieNummer", h.declarationNumber());
            w.write("    <DeclaratiePeriode>\n");
            leaf(w, "      ", p + "Begindatum", h.periodStart());
            leaf(w, "      ", p + "Einddatum", h.periodEnd());
            w.write("    </DeclaratiePeriode>\n");
            leaf(w, "    ", "DeclaratieDagtekening", h.declarationDate());
            w.write("    <TotaalIngediendBedrag>\n");
            leaf(w, "      ", p + "TotaalBedrag", Long.toString(h.total()));
            leaf(w, "      ", p + "DebetCredit", h.totalDc());
            w.write("    </TotaalIngediendBedrag>\n    <Clienten>\n");
            String client = null;
            for (Line line : body) {
                if (!line.bsn.equals(client)) {
                    if (client != null) {
                        w.write("        </Prestaties>\n      </Client>\n");
                    }
                    client = line.bsn;
                    w.write("      <Client>\n");
                    leaf(w, "        ", "Bsn", line.bsn);
                    w.write("        <Prestaties>\n");
                }
                w.write("          <Prestatie>\n            <ProductReferentie>\n");
                leaf(w, "              ", p + "ReferentieNummer", line.reference);
                if (line.previousReference != null) {
                    leaf(w, "              ", p + "VorigReferentieNummer", line.previousReference);
                }
                w.write("            </ProductReferentie>\n");
                leaf(w, "            ", "ToewijzingNummer", line.allocationNumber);
                leaf(w, "            ", "ProductCategorie", line.category);
                leaf(w, "            ", "ProductCode", line.code);
                w.write("            <ProductPeriode>\n");
                leaf(w, "              ", p + "Begindatum", Dates.text(line.productStart));
                leaf(w, "              ", p + "Einddatum", Dates.text(line.productEnd));
                w.write("            </ProductPeriode>\n");
                leaf(w, "            ", "GeleverdVolume", Long.toString(line.volume));
                leaf(w, "            ", "Eenheid", line.unit);
                if (line.tariff >= 0) {
                    leaf(w, "            ", "ProductTarief", Long.toString(line.tariff));
                }
                w.write("            <IngediendBedrag>\n");
                leaf(w, "              ", p + "Bedrag", Long.toString(line.amount));
                leaf(w, "              ", p + "DebetCredit", line.credit ? "C" : "D");
                w.write("            </IngediendBedrag>\n          </Prestatie>\n");
            }
            if (client != null) {
                w.write("        </Prestaties>\n      </Client>\n");
            }
            w.write("    </Clienten>\n  </Declaratie>\n</Bericht>\n");
        }
    }

    private static void leaf(Writer w, String indent, String name, String value) throws IOException {
        w.write(indent);
        w.write('<');
        w.write(name);
        w.write('>');
        w.write(value);
        w.write("</");
        w.write(name);
        w.write(">\n");
    }
}
