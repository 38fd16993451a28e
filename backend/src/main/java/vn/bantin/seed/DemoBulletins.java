package vn.bantin.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.bantin.common.Hanoi;
import vn.bantin.listing.ArticleStatus;

/**
 * Invented but realistic bulletins of a district party committee, the same for the same seed number. Dates lie
 * in fixed years, not relative to today, so that two runs with one seed give the same data.
 */
final class DemoBulletins {
    record Section(String name, String description) {}

    record Bulletin(
            String title,
            String summary,
            List<String> paragraphs,
            int section,
            int author,
            List<Integer> tags,
            ArticleStatus status,
            Instant publishedAt,
            Instant expiresAt,
            long viewCount) {}

    static final List<Section> SECTIONS = List.of(
            new Section("Tin tức - Sự kiện", "Tin tức, sự kiện nổi bật trên địa bàn quận"),
            new Section("Xây dựng Đảng", "Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị"),
            new Section("Công tác Dân vận", "Dân vận khéo, thực hiện Quy chế dân chủ ở cơ sở"),
            new Section("Kiểm tra - Giám sát", "Hoạt động của Ủy ban Kiểm tra Quận ủy"),
            new Section("Tuyên giáo", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
            new Section("Mặt trận và các đoàn thể", "Hoạt động của Ủy ban MTTQ và các tổ chức chính trị - xã hội"),
            new Section("Văn bản chỉ đạo", "Nghị quyết, chỉ thị, kế hoạch của Quận ủy"),
            new Section("Lịch công tác", "Lịch làm việc của Thường trực Quận ủy"));

    static final List<String> AUTHORS = List.of(
            "Văn Tân",
            "Minh Hằng",
            "Thu Trang",
            "Đức Anh",
            "Ngọc Lan",
            "Quốc Hùng",
            "Phương Thảo",
            "Hoàng Long",
            "Thanh Hà",
            "Bảo Ngọc",
            "Trần Đức Thắng",
            "Lê Thị Hoa");

    static final List<String> TAGS = List.of(
            "Dân chủ cơ sở",
            "Đại hội Đảng",
            "Chuyển đổi số",
            "Cải cách hành chính",
            "Học tập và làm theo Bác",
            "Công tác cán bộ",
            "Kiểm tra giám sát",
            "An sinh xã hội",
            "Phòng chống tham nhũng",
            "Thanh niên",
            "Phụ nữ",
            "Cựu chiến binh",
            "Trật tự đô thị",
            "Bầu cử",
            "Kỷ niệm ngày lễ lớn",
            "Phát triển đảng viên",
            "Văn minh đô thị",
            "Giáo dục",
            "Y tế",
            "Môi trường");

    private static final String[] UNITS = {
        "Quận ủy",
        "Ban Thường vụ Quận ủy",
        "Ủy ban Kiểm tra Quận ủy",
        "Ban Tuyên giáo Quận ủy",
        "Ban Dân vận Quận ủy",
        "Ban Tổ chức Quận ủy",
        "Ủy ban MTTQ quận",
        "Đảng ủy phường Mỹ Đình 1",
        "Đảng ủy phường Phú Đô",
        "Đảng ủy phường Xuân Phương",
        "Đảng ủy phường Tây Mỗ",
        "Đảng ủy phường Cầu Diễn",
        "Quận đoàn",
        "Hội Liên hiệp Phụ nữ quận"
    };
    private static final String[] EVENTS = {
        "tổ chức Hội nghị sơ kết",
        "tổ chức Hội nghị tổng kết",
        "triển khai kế hoạch",
        "kiểm tra, giám sát",
        "tổ chức lễ trao Huy hiệu Đảng",
        "tổ chức Hội nghị học tập",
        "gặp mặt, đối thoại",
        "tổ chức tập huấn",
        "phát động phong trào thi đua",
        "ra quân hưởng ứng"
    };
    private static final String[] TOPICS = {
        "công tác dân vận",
        "thực hiện QCDC ở cơ sở",
        "công tác xây dựng Đảng",
        "Nghị quyết Đại hội Đảng bộ quận",
        "Chỉ thị 05-CT/TW của BCT",
        "công tác kiểm tra, giám sát",
        "cải cách hành chính",
        "chuyển đổi số",
        "công tác phát triển đảng viên",
        "phong trào \"Dân vận khéo\"",
        "xây dựng văn minh đô thị",
        "công tác an sinh xã hội",
        "phòng, chống tham nhũng, tiêu cực",
        "công tác cán bộ",
        "Cuộc vận động \"Toàn dân đoàn kết xây dựng đời sống văn hóa\""
    };
    private static final String[] PERIODS = {
        "6 tháng đầu năm", "quý I", "quý II", "quý III", "năm", "nhiệm kỳ 2020 - 2025", "tháng cao điểm"
    };
    private static final String[] OPENINGS = {
        "Sáng ngày %d tháng %d năm %d, tại trụ sở %s, %s đã %s %s.",
        "Chiều ngày %d/%d/%d, %s phối hợp cùng %s %s %s.",
        "Ngày %d tháng %d năm %d, %s và %s đã %s về %s."
    };
    /** Sentences any bulletin may carry; %s is its topic, %d a figure. */
    private static final String[] SENTENCES = {
        "Dự và chỉ đạo Hội nghị có đ/c %s – Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Quận ủy.",
        "Báo cáo nêu rõ, các cấp ủy đảng, chính quyền và các đoàn thể đã quan tâm lãnh đạo, chỉ đạo và tổ chức thực hiện có hiệu quả %s.",
        "Hội nghị đã nghe các ý kiến tham luận, đóng góp của các đại biểu về những kết quả đạt được và những tồn tại, hạn chế trong %s.",
        "Phát biểu chỉ đạo, đ/c %s đề nghị các đơn vị tiếp tục quán triệt, tuyên truyền sâu rộng %s đến cán bộ, đảng viên và nhân dân.",
        "Các chi bộ duy trì nền nếp sinh hoạt định kỳ, nâng cao chất lượng sinh hoạt chuyên đề về %s.",
        "Nhân dịp này, %d tập thể và %d cá nhân có thành tích xuất sắc đã được khen thưởng.",
        "Hội nghị thống nhất %d nhiệm vụ trọng tâm trong thời gian tới, trong đó chú trọng %s."
    };

    private static final String NEW_MEMBERS = "Toàn quận đã kết nạp %d đảng viên mới, đạt %d%% kế hoạch năm.";
    private static final String INSPECTIONS =
            "Ủy ban Kiểm tra Quận ủy đã tiến hành kiểm tra %d tổ chức đảng và %d đảng viên"
                    + " khi có dấu hiệu vi phạm.";
    /**
     * Sentences only bulletins on a matching topic carry (by the topic's index in TOPICS), so that a subject's
     * words and abbreviations occur where a real bulletin would put them, not in every one: searches then match
     * a share of the bulletins like on a real site, not nearly all of them.
     */
    private static final Map<Integer, List<String>> TOPIC_SENTENCES = Map.of(
            0,
                    List.of(
                            "HĐND và UBND quận đã phối hợp chặt chẽ với Ủy ban MTTQ quận trong công tác giám sát, phản biện xã hội."),
            1,
                    List.of(
                            "Cùng dự có các đồng chí thành viên BCĐ xây dựng và thực hiện QCDC ở cơ sở quận.",
                            "Thực hiện Quy chế dân chủ ở cơ sở, UBND các phường đã tổ chức %d cuộc đối thoại trực tiếp với nhân dân."),
            2, List.of(NEW_MEMBERS),
            5, List.of(INSPECTIONS),
            8, List.of(NEW_MEMBERS),
            9,
                    List.of(
                            "Các phường đã tổ chức %d cuộc đối thoại trực tiếp với nhân dân, tiếp thu và giải quyết kịp thời các kiến nghị."),
            12, List.of(INSPECTIONS),
            14,
                    List.of(
                            "Ủy ban MTTQ quận đã phối hợp với các đoàn thể vận động nhân dân xây dựng khu dân cư văn hóa."));

    private static final String[] LEADERS = {
        "Đỗ Khắc Đạo", "Nguyễn Thị Hồng", "Lê Văn Minh", "Phạm Quang Huy", "Trần Thu Hà", "Vũ Đình Khang"
    };

    private DemoBulletins() {}

    static List<Bulletin> generate(long seed, int count) {
        Random random = new Random(seed);
        List<Bulletin> bulletins = new ArrayList<>(count);
        LocalDate first = LocalDate.of(2021, 1, 4);
        int days = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - first.toEpochDay());
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusDays(random.nextInt(days));
            LocalDateTime at = day.atTime(LocalTime.of(7 + random.nextInt(11), random.nextInt(60)));
            String unit = pick(random, UNITS);
            int topicIndex = random.nextInt(TOPICS.length);
            String topic = TOPICS[topicIndex];
            String title = unit + " " + pick(random, EVENTS) + " " + pick(random, PERIODS) + " " + day.getYear()
                    + " về " + topic;
            List<String> paragraphs = paragraphs(random, day, unit, topicIndex);
            bulletins.add(new Bulletin(
                    title,
                    random.nextInt(4) == 0 ? null : paragraphs.get(0),
                    paragraphs,
                    random.nextInt(SECTIONS.size()),
                    random.nextInt(AUTHORS.size()),
                    tags(random),
                    status(random),
                    publishedAt(random, at),
                    expiresAt(random, at),
                    (long) (Math.pow(random.nextDouble(), 3) * 5000) + random.nextInt(40)));
        }
        return bulletins;
    }

    private static List<String> paragraphs(Random random, LocalDate day, String unit, int topicIndex) {
        String topic = TOPICS[topicIndex];
        List<String> pool = new ArrayList<>(List.of(SENTENCES));
        pool.addAll(TOPIC_SENTENCES.getOrDefault(topicIndex, List.of()));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(String.format(
                pick(random, OPENINGS),
                day.getDayOfMonth(),
                day.getMonthValue(),
                day.getYear(),
                unit,
                pick(random, UNITS),
                pick(random, EVENTS),
                topic));
        int more = 2 + random.nextInt(4);
        for (int p = 0; p < more; p++) {
            StringBuilder text = new StringBuilder();
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                String template = pool.get(random.nextInt(pool.size()));
                Object[] args = template.contains("%d") && template.contains("%s")
                        ? new Object[] {3 + random.nextInt(9), topic}
                        : template.contains("%d")
                                ? new Object[] {5 + random.nextInt(90), 60 + random.nextInt(40)}
                                : template.contains("đ/c %s")
                                        ? new Object[] {pick(random, LEADERS), topic}
                                        : new Object[] {topic};
                text.append(s == 0 ? "" : " ").append(String.format(template, args));
            }
            paragraphs.add(text.toString());
        }
        return paragraphs;
    }

    private static List<Integer> tags(Random random) {
        List<Integer> tags = new ArrayList<>();
        int count = random.nextInt(4);
        while (tags.size() < count) {
            int tag = random.nextInt(TAGS.size());
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** Mostly published; a few drafts, scheduled, archived and expired notices, to exercise visibility. */
    private static ArticleStatus status(Random random) {
        int roll = random.nextInt(100);
        return roll < 90
                ? ArticleStatus.PUBLISHED
                : roll < 94 ? ArticleStatus.DRAFT : roll < 97 ? ArticleStatus.SCHEDULED : ArticleStatus.ARCHIVED;
    }

    private static Instant publishedAt(Random random, LocalDateTime at) {
        // A scheduled bulletin is usually for later; push some far ahead so they stay hidden for years.
        return (random.nextInt(50) == 0 ? at.plusYears(20) : at)
                .atZone(Hanoi.ZONE)
                .toInstant();
    }

    private static Instant expiresAt(Random random, LocalDateTime at) {
        return random.nextInt(40) == 0 ? at.plusDays(7).atZone(Hanoi.ZONE).toInstant() : null;
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
