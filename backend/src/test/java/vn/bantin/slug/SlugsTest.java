package vn.bantin.slug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Quận ủy tổ chức Hội nghị sơ kết                 | quan-uy-to-chuc-hoi-nghi-so-ket
            Đảng bộ phường Đông Ngạc                         | dang-bo-phuong-dong-ngac
            ĐẠI HỘI ĐẢNG BỘ QUẬN LẦN THỨ V                   | dai-hoi-dang-bo-quan-lan-thu-v
            Thuỷ lợi, hoà giải và uỷ ban                     | thuy-loi-hoa-giai-va-uy-ban
            Thực hiện QCDC ở cơ sở – năm 2024!               | thuc-hien-qcdc-o-co-so-nam-2024
            ...Quy định 11-QĐ/TW ngày 18/02/2019...          | quy-dinh-11-qd-tw-ngay-18-02-2019
            “trách nhiệm người đứng đầu cấp ủy..”            | trach-nhiem-nguoi-dung-dau-cap-uy
            Nguyễn   Thị    Hằng                             | nguyen-thi-hang
            Ứng phó bão số 3: ưu tiên an toàn                | ung-pho-bao-so-3-uu-tien-an-toan
            Café & phở                                       | cafe-pho
            """)
    void slugFromVietnameseText(String text, String slug) {
        assertEquals(slug, Slugs.of(text));
    }

    @Test
    void decomposedInputGivesTheSameSlug() {
        String nfc = "Quận ủy tổ chức Hội nghị Đảng viên";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertEquals(Slugs.of(nfc), Slugs.of(nfd));
        assertEquals("quan-uy-to-chuc-hoi-nghi-dang-vien", Slugs.of(nfd));
    }

    @Test
    void textWithoutLettersGivesAnEmptySlugAndTheFallback() {
        assertEquals("", Slugs.of("!!! ??? –"));
        assertEquals("bai-viet", Slugs.unique("!!!", "bai-viet", s -> false));
    }

    @Test
    void longTextIsCutAtAWordBoundaryWithin100() {
        String title = "Quận ủy tổ chức Hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm"
                + " 20024 về thực hiện QCDC ở cơ sở";
        String slug = Slugs.of(title);
        assertEquals(
                "quan-uy-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam-trien-khai-nhiem-vu-trong-tam-6-thang-cuoi-nam-20024",
                slug);
        assertTrue(slug.length() <= 100);
        String exact = "a".repeat(50) + " " + "b".repeat(49);
        assertEquals(100, Slugs.of(exact).length(), "a slug of exactly 100 is kept whole");
        assertEquals("a".repeat(50), Slugs.of(exact + "b"), "one more character cuts the last word");
        assertEquals("x".repeat(100), Slugs.of("x".repeat(150)), "a single overlong word is cut hard");
    }

    @Test
    void clashesGetNumberedSuffixesWithin100() {
        Set<String> taken = Set.of("hoi-nghi", "hoi-nghi-2");
        assertEquals("hoi-nghi-3", Slugs.unique("Hội nghị", "bai-viet", taken::contains));
        assertEquals("hoi-nghi-so-ket", Slugs.unique("Hội nghị sơ kết", "bai-viet", taken::contains));

        String long100 = "a".repeat(50) + "-" + "b".repeat(49);
        String second = Slugs.unique(long100, "bai-viet", Set.of(long100)::contains);
        assertEquals("a".repeat(50) + "-2", second, "the suffix cuts a further word to stay within 100");
        assertTrue(second.length() <= 100);
    }

    @Test
    void onlySlugShapedStringsAreWellFormed() {
        assertTrue(Slugs.isWellFormed("quan-uy-2"));
        for (String bad :
                new String[] {"", "-a", "a-", "a--b", "Quan-uy", "quận", "a b", "a\u0000b", "x".repeat(101)}) {
            org.junit.jupiter.api.Assertions.assertFalse(Slugs.isWellFormed(bad), bad);
        }
    }

    @Property
    void wellFormedMeansThePattern(@ForAll("slugLike") String candidate) {
        assertEquals(
                Slugs.WELL_FORMED.matcher(candidate).matches() && candidate.length() <= Slugs.MAX_LENGTH,
                Slugs.isWellFormed(candidate),
                candidate);
    }

    @Provide
    Arbitrary<String> slugLike() {
        return Arbitraries.strings().withChars("ab9-Z_ đ").ofMinLength(0).ofMaxLength(104);
    }
}
