package vn.bantin.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the bytes of an old portal's page into Unicode NFC text, whatever it was typed in: UTF-8 (composed or
 * not), Windows-1258 (tones as separate marks), TCVN3 of the ABC fonts, or TCVN3 that a later tool saved as UTF-8
 * Latin-1 look-alikes ("Qu©n ñy"). Each candidate reading is scored by the share of its words that are Vietnamese
 * syllables; a page whose best reading is not clearly Vietnamese is reported rather than guessed.
 */
final class LegacyText {
    /** Below this share of syllables no reading is trusted (the seed reads at 0.81, its TCVN3 misreadings below 0.4). */
    static final double TRUSTED = 0.6;
    /** A reading must beat the next by this much to be chosen over it. */
    static final double MARGIN = 0.15;

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    record Decoded(String text, String encoding) {
        boolean converted() {
            return !encoding.equals("UTF-8");
        }
    }

    /** The text could not be read with confidence: which readings were tried and how they scored. */
    static final class Unsure extends Exception {
        Unsure(String message) {
            super(message);
        }
    }

    private record Reading(String encoding, String text, double share) {}

    private LegacyText() {}

    static Decoded decode(byte[] bytes) throws Unsure {
        String utf8 = strictUtf8(bytes);
        List<Reading> readings;
        if (utf8 != null) {
            if (isAscii(bytes) || hasVietnameseLetters(utf8) || !hasLatin1Lookalikes(utf8)) {
                return new Decoded(nfc(stripBom(utf8)), "UTF-8");
            }
            readings = Stream.of(
                            reading("UTF-8", utf8), reading("TCVN3 (saved as UTF-8)", Tcvn3.fromLatin1Lookalikes(utf8)))
                    .toList();
        } else {
            readings = Stream.of(
                            reading("Windows-1258", new String(bytes, WINDOWS_1258)),
                            reading("TCVN3", Tcvn3.decode(bytes)))
                    .toList();
        }
        List<Reading> ranked = readings.stream()
                .sorted(Comparator.comparingDouble(Reading::share).reversed())
                .toList();
        Reading best = ranked.get(0);
        Reading next = ranked.get(1);
        if (best.share() < TRUSTED || best.share() - next.share() < MARGIN) {
            throw new Unsure(String.format(
                    "the text's encoding is unclear (%s reads %.0f%% Vietnamese, %s %.0f%%)",
                    best.encoding(), 100 * best.share(), next.encoding(), 100 * next.share()));
        }
        return new Decoded(best.text(), best.encoding());
    }

    private static Reading reading(String encoding, String text) {
        String normal = nfc(stripBom(text));
        return new Reading(encoding, normal, VietnameseSyllables.share(normal));
    }

    /** Letters beyond Latin-1 that only Unicode Vietnamese has (ă, đ, ơ, ư, ạ…ỹ) or its separate tone marks. */
    private static boolean hasVietnameseLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'ă'
                    || c == 'Ă'
                    || c == 'đ'
                    || c == 'Đ'
                    || c == 'ơ'
                    || c == 'Ơ'
                    || c == 'ư'
                    || c == 'Ư'
                    || c == 'ĩ'
                    || c == 'Ĩ'
                    || c == 'ũ'
                    || c == 'Ũ'
                    || (c >= 0x1EA0 && c <= 0x1EF9)
                    || (c >= 0x0300 && c <= 0x0323)) {
                return true;
            }
        }
        return false;
    }

    /** Characters of Latin-1's upper half that Vietnamese never uses but TCVN3 read as Latin-1 is full of. */
    private static boolean hasLatin1Lookalikes(String text) {
        int suspicious = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0xA1 && c <= 0xBF)
                    || c == 0xD1
                    || c == 0xD6
                    || c == 0xD7
                    || c == 0xDC
                    || c == 0xDE
                    || c == 0xDF
                    || c == 0xE6
                    || c == 0xE7
                    || c == 0xEB
                    || c == 0xEE
                    || c == 0xEF
                    || c == 0xF1
                    || c == 0xF6
                    || c == 0xF7
                    || c == 0xF8
                    || c == 0xFB
                    || c == 0xFC
                    || c == 0xFE) {
                if (++suspicious >= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
