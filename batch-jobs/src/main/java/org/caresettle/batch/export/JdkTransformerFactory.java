package org.caresettle.batch.export;

import javax.xml.transform.TransformerFactory;

/**
 * Names the JDK's own XSLT factory as {@code javax.xml.transform.TransformerFactory} (issue 17). POI asks
 * {@link TransformerFactory#newInstance()} for a new factory for every part of a package it saves, about ten
 * per workbook. Without the property the JDK first searches every jar on the class path for another
 * provider (in the packaged application: over a hundred nested jars, read through Spring Boot's loader, an
 * eighth of a workbook's CPU), finds none (the application ships none), and falls back to the JDK's own.
 * Naming that one skips the search and changes nothing else: same factory, same bytes. A factory the
 * operator names with {@code -D} wins.
 */
final class JdkTransformerFactory {

    static final String PROPERTY = TransformerFactory.class.getName();

    private JdkTransformerFactory() {
    }

    static void nameUnlessSet() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, TransformerFactory.newDefaultInstance().getClass().getName());
        }
    }
}
