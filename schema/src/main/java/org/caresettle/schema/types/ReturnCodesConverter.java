package org.caresettle.schema.types;

import java.util.List;
import org.caresettle.core.check.ReturnCode;
import org.jooq.impl.AbstractConverter;

/**
 * The return codes of a declaration or line as the database keeps them: joined with {@code |}
 * ({@code 9338|8021}) in one text column, none as NULL. Named by the jOOQ code generation for
 * {@code declaration.declaration_codes}, {@code declaration.answer_code} and
 * {@code declaration_line.codes}, so Java reads and writes {@code List<ReturnCode>} there.
 */
public final class ReturnCodesConverter extends AbstractConverter<String, List<ReturnCode>> {

    @SuppressWarnings({"unchecked", "rawtypes"}) // a class literal cannot name List<ReturnCode>
    public ReturnCodesConverter() {
        super(String.class, (Class) List.class);
    }

    @Override
    public List<ReturnCode> from(String databaseObject) {
        return databaseObject == null ? List.of() : ReturnCode.split(databaseObject);
    }

    @Override
    public String to(List<ReturnCode> userObject) {
        return userObject == null || userObject.isEmpty() ? null : ReturnCode.joined(userObject);
    }
}
