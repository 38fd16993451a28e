package vn.bantin.article;

import java.time.LocalDate;

/** What a public article list is narrowed to; null means no narrowing. Dates are inclusive Hanoi days. */
public record ArticleFilter(String category, String author, String tag, LocalDate from, LocalDate to,
                            ArticleSort sort) {
}
