package org.caresettle.core.arch.bad;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Deliberately impure: a core class looking things up in its environment. Only CoreIsPureTest reads it. */
public final class NamingBoundRule {

    private NamingBoundRule() {
    }

    public static Object tariff() throws NamingException {
        return new InitialContext().lookup("tariff");
    }
}
