package org.caresettle.batch.testsupport;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Test helpers around the official iJw 3.2 files on the classpath ({@code istandaarden/ijw-3.2/}):
 * validate a message against an XSD, and run the rule stylesheet to get the rule codes of its
 * {@code Fout} elements. All factories are the JDK's own, with secure processing on and no
 * access to anything outside the classpath.
 */
public final class IstandaardValidation {

    public static final String IJW_FOLDER = "istandaarden/ijw-3.2/";
    public static final String JW323_XSD = "jw323.xsd";
    public static final String JW325_XSD = "jw325.xsd";
    public static final String RULES_XSL = "ijw-3.2-regels.xsl";
    /** Namespace of the stylesheet's report (Rapport / Fouten / Fout / Code). */
    public static final String REPORT_NS = "http://www.istandaarden.nl/validatie/1_1/rapport/schema";

    private static final ConcurrentMap<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static volatile Templates rules;

    private IstandaardValidation() {
    }

    /** The XSD errors of {@code xml} against {@code xsdName} (e.g. {@link #JW325_XSD}); empty when valid. */
    public static List<String> xsdErrors(byte[] xml, String xsdName) {
        List<String> errors = new ArrayList<>();
        try {
            Validator validator = schema(xsdName).newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            // already reported to the error handler
        } catch (Exception e) {
            errors.add(e.toString());
        }
        return errors;
    }

    /** The rule codes (e.g. {@code TR342}) of every {@code Fout} the rule stylesheet reports. */
    public static List<String> ruleViolations(byte[] xml) {
        try {
            StringWriter report = new StringWriter();
            rules().newTransformer().transform(new StreamSource(new ByteArrayInputStream(xml)), new StreamResult(report));
            return foutCodes(report.toString());
        } catch (Exception e) {
            throw new IllegalStateException("could not run the rule stylesheet", e);
        }
    }

    /** The Code of every Fout element of a stylesheet report. */
    public static List<String> foutCodes(String report) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(report)));
        if (doc.getElementsByTagNameNS(REPORT_NS, "Rapport").getLength() != 1) {
            throw new IllegalStateException("not a stylesheet report: " + report);
        }
        List<String> codes = new ArrayList<>();
        NodeList fouten = doc.getElementsByTagNameNS(REPORT_NS, "Fout");
        for (int i = 0; i < fouten.getLength(); i++) {
            Element fout = (Element) fouten.item(i);
            NodeList code = fout.getElementsByTagNameNS(REPORT_NS, "Code");
            codes.add(code.getLength() == 0 ? "?" : code.item(0).getTextContent().trim());
        }
        return codes;
    }

    private static Schema schema(String xsdName) {
        return SCHEMAS.computeIfAbsent(xsdName, name -> {
            try {
                SchemaFactory factory = SchemaFactory.newDefaultInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                // the XSDs import basisschema.xsd beside them: from a folder or from the schema jar
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
                return factory.newSchema(resource(name));
            } catch (Exception e) {
                throw new IllegalStateException("could not load " + name, e);
            }
        });
    }

    private static Templates rules() throws Exception {
        if (rules == null) {
            synchronized (IstandaardValidation.class) {
                if (rules == null) {
                    TransformerFactory factory = TransformerFactory.newDefaultInstance();
                    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
                    // the official stylesheet is large: raise the compile-time XPath limit of secure
                    // processing (default 10,000 operators) instead of switching secure processing off
                    factory.setAttribute("jdk.xml.xpathTotalOpLimit", "1000000");
                    URL xsl = resource(RULES_XSL);
                    rules = factory.newTemplates(new StreamSource(xsl.openStream(), xsl.toExternalForm()));
                }
            }
        }
        return rules;
    }

    private static URL resource(String name) {
        URL url = IstandaardValidation.class.getClassLoader().getResource(IJW_FOLDER + name);
        if (url == null) {
            throw new IllegalStateException(IJW_FOLDER + name + " is not on the classpath");
        }
        return url;
    }
}
