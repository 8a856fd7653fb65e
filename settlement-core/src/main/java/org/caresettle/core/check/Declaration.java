package org.caresettle.core.check;

import java.util.List;
import org.caresettle.core.declaration.RawDeclaration.SourceFormat;

/** A declaration that passed the technical checks of SPEC 4.1, its lines in file order. */
public record Declaration(SourceFormat format, DeclarationHeader header, List<DeclaredLine> lines) {

    public Declaration {
        lines = List.copyOf(lines);
    }
}
