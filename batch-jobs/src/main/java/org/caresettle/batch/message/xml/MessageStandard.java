package org.caresettle.batch.message.xml;

import org.caresettle.core.value.Law;

/**
 * The two iStandaarden a declaration can arrive in. iWmo 3.2 has the same message structure as
 * iJw 3.2 (we only hold the iJw XSDs), so one reader and one writer serve both; only the
 * namespaces, the law and the answer's BerichtCode differ.
 */
public enum MessageStandard {
    IJW(Law.JW,
            "http://www.istandaarden.nl/ijw/3_2/jw323/schema",
            "http://www.istandaarden.nl/ijw/3_2/jw325/schema",
            "http://www.istandaarden.nl/ijw/3_2/basisschema/schema",
            "ijw",
            "491"),
    IWMO(Law.WMO,
            "http://www.istandaarden.nl/iwmo/3_2/wmo323/schema",
            "http://www.istandaarden.nl/iwmo/3_2/wmo325/schema",
            "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema",
            "iwmo",
            "485");

    /** BerichtVersie and BerichtSubversie of release 3.2, fixed by the XSDs. */
    public static final String MESSAGE_VERSION = "3";
    public static final String MESSAGE_SUBVERSION = "2";
    /** The XSD versions our answers are written against (appinfo of jw325.xsd and basisschema.xsd). */
    public static final XsdVersion ANSWER_XSD_VERSION = new XsdVersion("0.1.0", "0.1.0");

    private final Law law;
    private final String declarationNamespace;
    private final String answerNamespace;
    private final String baseNamespace;
    private final String basePrefix;
    private final String answerMessageCode;

    MessageStandard(Law law, String declarationNamespace, String answerNamespace, String baseNamespace,
            String basePrefix, String answerMessageCode) {
        this.law = law;
        this.declarationNamespace = declarationNamespace;
        this.answerNamespace = answerNamespace;
        this.baseNamespace = baseNamespace;
        this.basePrefix = basePrefix;
        this.answerMessageCode = answerMessageCode;
    }

    public Law law() {
        return law;
    }

    public String declarationNamespace() {
        return declarationNamespace;
    }

    public String answerNamespace() {
        return answerNamespace;
    }

    /** Namespace of the elements declared in the basisschema (Identificatie, Begindatum, Bedrag, ...). */
    public String baseNamespace() {
        return baseNamespace;
    }

    String basePrefix() {
        return basePrefix;
    }

    /** BerichtCode of the answer: 491 for JW325, 485 for WMO325. */
    public String answerMessageCode() {
        return answerMessageCode;
    }

    public static MessageStandard byDeclarationNamespace(String namespace) {
        for (MessageStandard standard : values()) {
            if (standard.declarationNamespace.equals(namespace)) {
                return standard;
            }
        }
        return null;
    }

    public static MessageStandard byLaw(Law law) {
        for (MessageStandard standard : values()) {
            if (standard.law == law) {
                return standard;
            }
        }
        throw new IllegalArgumentException("no message standard for law " + law);
    }
}
