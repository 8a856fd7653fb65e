/**
 * iJw/iWmo 3.2 declaration messages in and answer messages out: {@link
 * org.caresettle.batch.message.xml.DeclarationXmlReader} turns one JW323/WMO323 file into a
 * {@link org.caresettle.core.declaration.RawDeclaration} or a {@link
 * org.caresettle.batch.message.xml.Refused} file; {@link
 * org.caresettle.batch.message.xml.DeclarationAnswerXmlWriter} writes the JW325/WMO325 answer from
 * a declaration and its verdict.
 *
 * <p>Choices where SPEC and the standard are silent: a declaration rejected as a whole lists no
 * lines in its answer; a JW325 header carries 0001 (technical rejection), 0200 (anything rejected)
 * or 8001; a Client carries 0200. WMO325 uses the JW325 structure in the iWmo namespaces, since the
 * iWmo XSDs are not part of this project. Files must be UTF-8.
 */
package org.caresettle.batch.message.xml;
