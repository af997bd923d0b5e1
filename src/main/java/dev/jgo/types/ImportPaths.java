package dev.jgo.types;

/** The syntax gc accepts for import paths. */
final class ImportPaths {
    private ImportPaths() {}

    private static final String ILLEGAL = "!\"#$%&'()*,:;<=>?[\\]^{|}`\uFFFD";

    /** Why path (decoded from its literal) is not a valid import path, in gc's words; null when valid. */
    static String invalid(String path) {
        if (path.isEmpty()) return "empty string";
        for (int i = 0; i < path.length(); ) {
            int r = path.codePointAt(i);
            i += Character.charCount(r);
            if (!isGraphic(r) || isSpace(r) || ILLEGAL.indexOf(r) >= 0) return "invalid character " + describe(r);
        }
        return null;
    }

    private static boolean isGraphic(int r) {
        return switch (Character.getType(r)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static boolean isSpace(int r) {
        return r == ' ' || r >= '\t' && r <= '\r' || r == 0x85 || r == 0xA0 || Character.getType(r) == Character.SPACE_SEPARATOR;
    }

    /** Go's %#U: U+0021 '!' (the character only when printable). */
    private static String describe(int r) {
        String u = String.format("U+%04X", r);
        return isGraphic(r) ? u + " '" + Character.toString(r) + "'" : u;
    }
}
