package org.caresettle.batch.message.xml;

import org.caresettle.core.declaration.RawDeclaration;

/** What {@link DeclarationXmlReader#read} makes of one file: a declaration, or a refused file. */
public sealed interface ReadResult permits ReadResult.Declaration, Refused {

    /** The file held one well-formed message; its content is still unchecked. */
    record Declaration(RawDeclaration declaration, MessageHeader header) implements ReadResult {
    }
}
