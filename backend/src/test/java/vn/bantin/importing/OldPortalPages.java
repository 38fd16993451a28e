package vn.bantin.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;

/**
 * A folder of an old portal's saved bulletin pages for bench/import.sh and the import command's test: text pages
 * as the portal saves them, HTML pages in a NukeViet-like layout (every third), one in twenty in Windows-1258, one
 * in a hundred broken (its date line lost), and an image and a style sheet beside them.
 * In the tests' classes so that the tests and the benchmark share it; bench/import.sh runs it as
 * {@code java -cp backend/target/test-classes vn.bantin.importing.OldPortalPages DIR COUNT}.
 */
public class OldPortalPages {
    private static final List<String> HEADINGS = List.of(
            "TIN TỨC HOẠT ĐỘNG CỦA QUẬN ỦY",
            "XÂY DỰNG ĐẢNG",
            "MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN THỂ",
            "KINH TẾ - XÃ HỘI",
            "QUỐC PHÒNG - AN NINH",
            "VĂN BẢN CHỈ ĐẠO");
    private static final List<String> AUTHORS = List.of(
            "Văn Tân",
            "Minh Anh",
            "Nguyễn Thị Hoa",
            "Trần Quốc Tuấn",
            "Lê Thu Hà",
            "Phạm Đức Long",
            "Hoàng Mai",
            "Đỗ Khắc Đạo",
            "Bùi Thanh Hương",
            "Vũ Ngọc Sơn");
    private static final List<String> OPENINGS = List.of("Chiều ngày", "Sáng ngày", "Ngày", "Tối ngày");
    private static final List<String> TOPICS = List.of(
            "Hội nghị sơ kết công tác xây dựng Đảng",
            "Lễ kết nạp đảng viên mới",
            "Hội nghị triển khai nhiệm vụ trọng tâm",
            "Đại hội chi bộ khu dân cư",
            "Tổng kết công tác dân vận",
            "Hội nghị học tập nghị quyết",
            "Gặp mặt cán bộ hưu trí",
            "Kiểm tra giám sát việc thực hiện Quy chế dân chủ ở cơ sở",
            "Tuyên truyền phòng chống cháy nổ",
            "Ra quân tổng vệ sinh môi trường");
    private static final List<String> SENTENCES = List.of(
            "Dự và chủ trì hội nghị có đồng chí Bí thư Quận ủy cùng các đồng chí trong Ban Thường vụ.",
            "Trong 6 tháng đầu năm, các cấp ủy đảng đã quan tâm lãnh đạo, chỉ đạo và tổ chức thực hiện tốt nhiệm vụ.",
            "Hội nghị đã nghe báo cáo kết quả thực hiện nghị quyết và thảo luận phương hướng thời gian tới.",
            "Các đại biểu đóng góp nhiều ý kiến tâm huyết, sát với thực tiễn của địa phương.",
            "Phát biểu chỉ đạo, đồng chí nhấn mạnh yêu cầu tiếp tục đổi mới phương thức lãnh đạo của Đảng.",
            "Ủy ban MTTQ Việt Nam quận và các tổ chức chính trị - xã hội phối hợp chặt chẽ trong tuyên truyền.",
            "Công tác kiểm tra, giám sát được thực hiện nghiêm túc, đúng quy định.",
            "Nhân dịp này, Quận ủy trao tặng giấy khen cho các tập thể và cá nhân có thành tích xuất sắc.");

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    static void write(Path dir, int count) throws IOException {
        Random random = new Random(20240710);
        Files.createDirectories(dir.resolve("anh"));
        Files.write(dir.resolve("anh/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        Files.writeString(dir.resolve("style.css"), "body { font-family: Arial }");
        for (int i = 1; i <= count; i++) {
            String heading = HEADINGS.get(random.nextInt(HEADINGS.size()));
            String title = TOPICS.get(random.nextInt(TOPICS.size())) + " (bản tin số " + i + ")";
            int year = 2015 + random.nextInt(10);
            String date = String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12), year);
            String time = String.format("%02d:%02d", 7 + random.nextInt(11), random.nextInt(60));
            long views = random.nextInt(5000);
            String author = AUTHORS.get(random.nextInt(AUTHORS.size()));
            String[] paragraphs = new String[3 + random.nextInt(6)];
            paragraphs[0] = OPENINGS.get(random.nextInt(OPENINGS.size())) + " " + date + ", " + title + ".";
            for (int p = 1; p < paragraphs.length; p++) {
                paragraphs[p] = SENTENCES.get(random.nextInt(SENTENCES.size())) + " "
                        + SENTENCES.get(random.nextInt(SENTENCES.size()));
            }
            boolean broken = i % 100 == 50;
            String folder = String.valueOf(year);
            Files.createDirectories(dir.resolve(folder));
            if (i % 3 == 0) {
                Files.writeString(
                        dir.resolve(folder + "/tin-" + i + ".html"),
                        html(heading, title, broken ? "" : date + " | " + time, views, author, paragraphs, i));
            } else {
                String page = text(heading, title, broken ? "" : date + " | " + time, views, author, paragraphs);
                byte[] bytes = i % 20 == 7 ? windows1258(page) : page.getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve(folder + "/tin-" + i + ".txt"), bytes);
            }
        }
    }

    static String text(String heading, String title, String when, long views, String author, String[] paragraphs) {
        StringBuilder page = new StringBuilder(heading + " " + heading + "\n\n" + title + "\n");
        if (!when.isEmpty()) {
            page.append("Ngày đăng ")
                    .append(when)
                    .append(" \u00A0|\u00A0Lượt xem: ")
                    .append(views)
                    .append("\n");
        }
        page.append("\n");
        for (String p : paragraphs) {
            page.append(p).append("\n\n");
        }
        return page.append("\u00A0").append(author).append("\n").toString();
    }

    static String html(
            String heading, String title, String when, long views, String author, String[] paragraphs, int i) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p style=\"text-align: justify;\">").append(escape(p)).append("</p>\n");
        }
        if (i % 6 == 0) {
            body.append("<p style=\"text-align:center\"><img src=\"/uploads/news/")
                    .append(i)
                    .append(".jpg\" alt=\"Quang cảnh\" width=\"600\"></p>\n");
        }
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><link rel=\"canonical\" href=\"https://quanuy.example.vn/tin/" + i + ".html\">"
                + "<script src=\"/js/main.js\"></script></head><body>"
                + "<nav class=\"menu\"><ul><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/gioi-thieu\">Giới thiệu"
                + "</a></li></ul></nav><ul class=\"breadcrumbs\"><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/c\">"
                + escape(heading) + "</a></li></ul><div class=\"news_column\"><h1 class=\"title\">" + escape(title)
                + "</h1>"
                + (when.isEmpty()
                        ? ""
                        : "<span class=\"h5\">Ngày đăng " + when + " &nbsp;|&nbsp;Lượt xem: " + views + "</span>")
                + "<div class=\"socialicon\"><a href=\"https://facebook.com/share\">Chia sẻ</a></div>"
                + "<div id=\"news-bodyhtml\" class=\"bodytext\">\n" + body
                + "<p style=\"text-align: right;\"><strong>" + escape(author) + "</strong></p></div></div>"
                + "<div class=\"news-related\"><h3>Tin liên quan</h3></div><div id=\"footer\">Quận ủy</div>"
                + "</body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** As old Windows wrote it: base letters precomposed, each tone a separate mark after its letter. */
    static byte[] windows1258(String text) {
        StringBuilder out = new StringBuilder();
        String tones = "\u0300\u0301\u0309\u0303\u0323";
        for (char c : text.toCharArray()) {
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            String tone = "";
            for (char d : nfd.toCharArray()) {
                if (tones.indexOf(d) >= 0) {
                    tone = String.valueOf(d);
                } else {
                    base.append(d);
                }
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return out.toString().getBytes(Charset.forName("windows-1258"));
    }
}
