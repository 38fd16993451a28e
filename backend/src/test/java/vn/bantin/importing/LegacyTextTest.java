package vn.bantin.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Old Vietnamese encodings turned into Unicode NFC, or reported when the reading is not clear. */
class LegacyTextTest {
    /** The heading of every Vietnamese official document, as TCVN3 (.VnTime) text read as Latin-1 shows it. */
    private static final String NATIONAL_MOTTO_TCVN3 =
            "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc";

    private static final String NATIONAL_MOTTO = "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc";

    @Test
    void tcvn3BytesAreConvertedByTheStandardTable() throws Exception {
        LegacyText.Decoded decoded = LegacyText.decode(NATIONAL_MOTTO_TCVN3.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(NATIONAL_MOTTO, decoded.text());
        assertEquals("TCVN3", decoded.encoding());
    }

    @Test
    void tcvn3SavedAsUtf8LookalikesIsConvertedToo() throws Exception {
        LegacyText.Decoded decoded = LegacyText.decode(NATIONAL_MOTTO_TCVN3.getBytes(StandardCharsets.UTF_8));
        assertEquals(NATIONAL_MOTTO, decoded.text());
        assertEquals("TCVN3 (saved as UTF-8)", decoded.encoding());
    }

    @Test
    void windows1258WithSeparateTonesBecomesComposedUnicode() throws Exception {
        String seed = OldPortalPagesTest.seedText();
        LegacyText.Decoded decoded = LegacyText.decode(OldPortalPages.windows1258(seed));
        assertEquals("Windows-1258", decoded.encoding());
        assertEquals(seed, decoded.text());
    }

    @Test
    void unicodeInEitherFormIsReadAsNfc() throws Exception {
        String seed = OldPortalPagesTest.seedText();
        String decomposed = Normalizer.normalize(seed, Normalizer.Form.NFD);
        LegacyText.Decoded decoded = LegacyText.decode(decomposed.getBytes(StandardCharsets.UTF_8));
        assertEquals(seed, decoded.text());
        assertEquals("UTF-8", decoded.encoding());
        assertEquals(false, decoded.converted());
    }

    @Test
    void bytesThatReadAsNeitherAreReportedNotGuessed() {
        byte[] binary = new byte[600];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (0x80 + (i * 37) % 128);
        }
        LegacyText.Unsure e = assertThrows(LegacyText.Unsure.class, () -> LegacyText.decode(binary));
        assertTrue(e.getMessage().contains("encoding is unclear"), e.getMessage());
    }

    @Test
    void syllablesAreToldFromMisreadings() {
        assertTrue(VietnameseSyllables.isSyllable("nghiêng"));
        assertTrue(VietnameseSyllables.isSyllable("Quận"));
        assertTrue(!VietnameseSyllables.isSyllable("Quõụn"));
        assertTrue(!VietnameseSyllables.isSyllable("Qu©n"));
    }
}
