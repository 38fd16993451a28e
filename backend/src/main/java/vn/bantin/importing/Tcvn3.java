package vn.bantin.importing;

/**
 * TCVN 5712:1993 "VN3", the 8-bit encoding of the ABC fonts (.VnTime, .VnArial) that most Vietnamese offices
 * typed in before Unicode. Its lower half is ASCII; the upper half holds the letters with marks. Capitals with a
 * tone have no code of their own: the capital fonts (.VnTimeH) draw the lower-case codes as capitals, so such text
 * converts to lower case here.
 */
final class Tcvn3 {
    private static final char[] UPPER_HALF = new char[128];

    static {
        String[][] table = {
            {"A1", "Ă"},
            {"A2", "Â"},
            {"A3", "Ê"},
            {"A4", "Ô"},
            {"A5", "Ơ"},
            {"A6", "Ư"},
            {"A7", "Đ"},
            {"A8", "ă"},
            {"A9", "â"},
            {"AA", "ê"},
            {"AB", "ô"},
            {"AC", "ơ"},
            {"AD", "ư"},
            {"AE", "đ"},
            {"B5", "à"},
            {"B6", "ả"},
            {"B7", "ã"},
            {"B8", "á"},
            {"B9", "ạ"},
            {"BB", "ằ"},
            {"BC", "ẳ"},
            {"BD", "ẵ"},
            {"BE", "ắ"},
            {"C6", "ặ"},
            {"C7", "ầ"},
            {"C8", "ẩ"},
            {"C9", "ẫ"},
            {"CA", "ấ"},
            {"CB", "ậ"},
            {"CC", "è"},
            {"CE", "ẻ"},
            {"CF", "ẽ"},
            {"D0", "é"},
            {"D1", "ẹ"},
            {"D2", "ề"},
            {"D3", "ể"},
            {"D4", "ễ"},
            {"D5", "ế"},
            {"D6", "ệ"},
            {"D7", "ì"},
            {"D8", "ỉ"},
            {"DC", "ĩ"},
            {"DD", "í"},
            {"DE", "ị"},
            {"DF", "ò"},
            {"E1", "ỏ"},
            {"E2", "õ"},
            {"E3", "ó"},
            {"E4", "ọ"},
            {"E5", "ồ"},
            {"E6", "ổ"},
            {"E7", "ỗ"},
            {"E8", "ố"},
            {"E9", "ộ"},
            {"EA", "ờ"},
            {"EB", "ở"},
            {"EC", "ỡ"},
            {"ED", "ớ"},
            {"EE", "ợ"},
            {"EF", "ù"},
            {"F1", "ủ"},
            {"F2", "ũ"},
            {"F3", "ú"},
            {"F4", "ụ"},
            {"F5", "ừ"},
            {"F6", "ử"},
            {"F7", "ữ"},
            {"F8", "ứ"},
            {"F9", "ự"},
            {"FA", "ỳ"},
            {"FB", "ỷ"},
            {"FC", "ỹ"},
            {"FD", "ý"},
            {"FE", "ỵ"},
        };
        for (int i = 0; i < 128; i++) {
            UPPER_HALF[i] = (char) (0x80 + i); // codes the table does not name read as Latin-1
        }
        for (String[] entry : table) {
            UPPER_HALF[Integer.parseInt(entry[0], 16) - 0x80] = entry[1].charAt(0);
        }
    }

    private Tcvn3() {}

    static String decode(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int code = b & 0xFF;
            text.append(code < 0x80 ? (char) code : UPPER_HALF[code - 0x80]);
        }
        return text.toString();
    }

    /**
     * Text that was TCVN3 once but was saved as Unicode by a tool that read it as Latin-1 or Windows-1252 (the
     * usual fate of such pages): each character stands for the byte it was read from.
     */
    static String fromLatin1Lookalikes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 0x80 && c <= 0xFF ? UPPER_HALF[c - 0x80] : c);
        }
        return out.toString();
    }
}
