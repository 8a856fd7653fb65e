package org.caresettle.sampledata.generator;

import java.util.Locale;

/**
 * How a generated inbox is cut into files (issue 17): how many providers declare, which of them send
 * JW323/WMO323 messages instead of CSV, how many lines such a message holds, how many declarations a CSV
 * file bundles, and how many CSV providers leave their files to an administration office that also sends
 * the previous provider's (so such a file names several providers). The lines themselves, their faults and
 * the reference data follow the same rules in every shape.
 *
 * @param name                 {@code default}, {@code csv}, {@code xml} or {@code mix}
 * @param providers            the number of providers; 0 grows it with the lines (12–400), as before shapes
 * @param xmlShare             the share of providers that send XML messages (0–1)
 * @param xmlMessageLines      lines after which an XML message is closed (a few more may follow in it)
 * @param csvFileDeclarations  declarations after which a CSV file is closed
 * @param sharedFileShare      the share of CSV providers whose declarations go into the previous CSV
 *                             provider's file (0–1)
 */
public record InboxShape(String name, int providers, double xmlShare, int xmlMessageLines, int csvFileDeclarations,
        double sharedFileShare) {

    /** The inbox of the first generator: mostly large declarations; existing tests and sets rely on its bytes. */
    public static final InboxShape DEFAULT = new InboxShape("default", 0, 0.45, 300, 6, 0);

    /** Two letters number a provider's message ids and references: 26 × 26. */
    private static final int MAX_PROVIDERS = 676;
    /** A national month: about 300 providers, CSV files of many municipalities, some naming several providers. */
    private static final int NATIONAL_PROVIDERS = 300;
    private static final int MESSAGE_LINES = 30;
    private static final int BULK_DECLARATIONS = 20;
    private static final double SHARED = 0.25;

    public InboxShape {
        if (providers < 0 || providers > MAX_PROVIDERS) {
            throw new IllegalArgumentException("--providers must be between 1 and " + MAX_PROVIDERS + ": " + providers);
        }
        requireShare("--xml-share", xmlShare);
        requireShare("--shared-files", sharedFileShare);
        if (xmlMessageLines < 1 || csvFileDeclarations < 1) {
            throw new IllegalArgumentException("lines per message and declarations per file must be positive");
        }
    }

    /** {@code default}, {@code csv} (no XML), {@code xml} (only XML) or {@code mix} (a national month's mix). */
    public static InboxShape named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "default" -> DEFAULT;
            case "csv" -> national("csv", 0);
            case "xml" -> national("xml", 1);
            case "mix" -> national("mix", 0.06);
            default -> throw new IllegalArgumentException("--shape must be default, csv, xml or mix: '" + name + "'");
        };
    }

    private static InboxShape national(String name, double xmlShare) {
        return new InboxShape(name, NATIONAL_PROVIDERS, xmlShare, MESSAGE_LINES, BULK_DECLARATIONS, SHARED);
    }

    public InboxShape withProviders(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("--providers must be between 1 and " + MAX_PROVIDERS + ": " + count);
        }
        return new InboxShape(name, count, xmlShare, xmlMessageLines, csvFileDeclarations, sharedFileShare);
    }

    public InboxShape withXmlShare(double share) {
        return new InboxShape(name, providers, share, xmlMessageLines, csvFileDeclarations, sharedFileShare);
    }

    public InboxShape withXmlMessageLines(int lines) {
        return new InboxShape(name, providers, xmlShare, lines, csvFileDeclarations, sharedFileShare);
    }

    public InboxShape withSharedFileShare(double share) {
        return new InboxShape(name, providers, xmlShare, xmlMessageLines, csvFileDeclarations, share);
    }

    /** For the summary: the shape's name and its settings. */
    String describe() {
        return name + ": " + (providers == 0 ? "providers by lines" : providers + " providers") + ", "
                + Math.round(xmlShare * 100) + "% send XML messages of " + xmlMessageLines + "+ lines, CSV files of "
                + csvFileDeclarations + " declarations, " + Math.round(sharedFileShare * 100)
                + "% of CSV providers in another's file";
    }

    /** The number of providers for a set of about {@code lines} lines. */
    int providerCount(long lines) {
        return providers > 0 ? providers : (int) Math.max(12, Math.min(400, lines / 3000));
    }

    /**
     * The provider's format from its uniform draw {@code f}: XML below the XML share, CSV with semicolons
     * from 0.85 (the default's 15 %), CSV with commas between. The default's 0.45 gives the first generator's
     * formats exactly.
     */
    Model.Format format(double f) {
        return f < xmlShare ? Model.Format.XML : f < 0.85 ? Model.Format.CSV_COMMA : Model.Format.CSV_SEMICOLON;
    }

    private static void requireShare(String option, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(option + " must be between 0 and 1: " + share);
        }
    }
}
