package org.caresettle.batch.report;

/**
 * Text into HTML. Every piece of text the overview shows comes from data (names from reference files,
 * details built from provider codes), so all of it goes through {@link #escape}: a municipality called
 * {@code <script>} stays a name.
 */
final class Html {

    private Html() {
    }

    /** Escapes the five characters that can change meaning in element content and quoted attributes. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
