package vn.bantin.view;

import java.util.Arrays;

/** The Hanoi days a most-viewed list covers, today included. */
enum Period {
    DAY("day", 1),
    WEEK("week", 7),
    MONTH("month", 30),
    YEAR("year", 365),
    ALL("all", 0);

    static final String ALLOWED = "day, week, month, year, all";

    final String word;
    final int days;

    Period(String word, int days) {
        this.word = word;
        this.days = days;
    }

    static Period fromWord(String word) {
        return Arrays.stream(values())
                .filter(p -> p.word.equals(word))
                .findFirst()
                .orElse(null);
    }
}
