package vn.bantin.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.bantin.article.Article;
import vn.bantin.article.ArticleSlugRedirect;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.common.FieldError;
import vn.bantin.common.ProblemException;
import vn.bantin.listing.ArticleStatus;
import vn.bantin.media.MediaImages;
import vn.bantin.slug.Slugs;
import vn.bantin.tag.Tag;

/** Checks an article body field by field, collecting every mistake into one 400, and resolves what it names. */
@ApplicationScoped
class ArticleInput {
    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_BODY = 1_000_000;
    static final int MAX_URL = 1000;

    private final Clock clock;
    private final MediaImages mediaImages;
    private final EntityManager em;

    ArticleInput(Clock clock, MediaImages mediaImages, EntityManager em) {
        this.clock = clock;
        this.mediaImages = mediaImages;
        this.em = em;
    }

    /** A checked request, ready to apply; {@code slug} null means keep (update) or generate (create). */
    record Valid(
            String title,
            String slug,
            String summary,
            String bodyHtml,
            Category category,
            Author author,
            Set<Tag> tags,
            String coverImageUrl,
            int[] coverSize,
            ArticleStatus status,
            Instant publishedAt,
            Instant expiresAt) {

        void applyTo(Article a) {
            a.title = title;
            a.summary = summary;
            a.bodyHtml = bodyHtml;
            a.category = category;
            a.author = author;
            a.tags.clear();
            a.tags.addAll(tags);
            a.coverImageUrl = coverImageUrl;
            a.coverWidth = coverSize == null ? null : coverSize[0];
            a.coverHeight = coverSize == null ? null : coverSize[1];
            a.status = status;
            a.publishedAt = publishedAt;
            a.expiresAt = expiresAt;
        }
    }

    /** {@code current} is the article being updated, or null for a new one. */
    Valid check(ArticleRequest r, Article current) {
        if (r == null) {
            throw ProblemException.invalidField("title", "a JSON body is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String title = text(r.title());
        if (title == null) {
            errors.add(new FieldError("title", "is required"));
        } else if (length(title) > MAX_TITLE) {
            errors.add(new FieldError("title", "must be at most " + MAX_TITLE + " characters"));
        }
        String slug = text(r.slug());
        if (slug != null) {
            if (!Slugs.isWellFormed(slug)) {
                errors.add(new FieldError(
                        "slug",
                        "must be lower-case letters a-z, digits and single '-'," + " at most " + Slugs.MAX_LENGTH
                                + " characters"));
            } else if (takenByAnother(slug, current)) {
                errors.add(new FieldError("slug", "is taken by another article"));
            }
        }
        String summary = text(r.summary());
        if (summary != null && length(summary) > MAX_SUMMARY) {
            errors.add(new FieldError("summary", "must be at most " + MAX_SUMMARY + " characters"));
        }
        String body = SafeHtml.sanitise(r.bodyHtml() == null ? "" : nfc(r.bodyHtml()));
        if (body.length() > MAX_BODY) {
            errors.add(new FieldError("bodyHtml", "must be at most " + MAX_BODY + " characters"));
        }
        String categorySlug = text(r.categorySlug());
        String authorSlug = text(r.authorSlug());
        Named named = named(categorySlug, authorSlug);
        if (categorySlug == null) {
            errors.add(new FieldError("categorySlug", "is required"));
        } else if (named.category() == null) {
            errors.add(new FieldError("categorySlug", "no category has this slug"));
        }
        if (authorSlug == null) {
            errors.add(new FieldError("authorSlug", "is required"));
        } else if (named.author() == null) {
            errors.add(new FieldError("authorSlug", "no author has this slug"));
        }
        Set<Tag> tags = new LinkedHashSet<>();
        for (String tagSlug : r.tagSlugs() == null ? List.<String>of() : r.tagSlugs()) {
            Tag tag = tagSlug == null
                    ? null
                    : Tag.<Tag>find("slug", tagSlug.trim()).firstResult();
            if (tag == null) {
                errors.add(new FieldError("tagSlugs", "no tag has the slug '" + tagSlug + "'"));
            } else {
                tags.add(tag);
            }
        }
        String cover = text(r.coverImageUrl());
        if (cover != null && (cover.length() > MAX_URL || !ImageSources.isAllowed(cover))) {
            errors.add(new FieldError(
                    "coverImageUrl", "must be an http(s) or /media/ URL of at most " + MAX_URL + " characters"));
        }
        ArticleStatus status = r.status() == null ? ArticleStatus.DRAFT : r.status();
        Instant publishedAt = instant("publishedAt", r.publishedAt(), errors);
        Instant expiresAt = instant("expiresAt", r.expiresAt(), errors);
        if (publishedAt == null && status == ArticleStatus.SCHEDULED && r.publishedAt() == null) {
            errors.add(new FieldError("publishedAt", "is required for SCHEDULED"));
        }
        if (publishedAt == null && status == ArticleStatus.PUBLISHED && r.publishedAt() == null) {
            publishedAt = clock.instant();
        }
        if (expiresAt != null && publishedAt != null && !expiresAt.isAfter(publishedAt)) {
            errors.add(new FieldError("expiresAt", "must be after publishedAt"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Valid(
                title,
                slug,
                summary,
                mediaImages.enrich(body),
                named.category(),
                named.author(),
                tags,
                cover,
                mediaImages.sizeOf(cover),
                status,
                publishedAt,
                expiresAt);
    }

    private record Named(Category category, Author author) {}

    /**
     * The category and the author a request names, in one query when both exist (every save but a mistaken one):
     * as two lookups they were two of an imported page's eight round trips to the database.
     */
    private Named named(String categorySlug, String authorSlug) {
        if (categorySlug != null && authorSlug != null) {
            List<Object[]> both = em.createQuery(
                            "select c, a from Category c, Author a where c.slug = ?1 and a.slug = ?2", Object[].class)
                    .setParameter(1, categorySlug)
                    .setParameter(2, authorSlug)
                    .getResultList();
            if (!both.isEmpty()) {
                return new Named((Category) both.get(0)[0], (Author) both.get(0)[1]);
            }
        }
        return new Named(
                categorySlug == null
                        ? null
                        : Category.<Category>find("slug", categorySlug).firstResult(),
                authorSlug == null
                        ? null
                        : Author.<Author>find("slug", authorSlug).firstResult());
    }

    /**
     * A slug from the title, unique among current and former slugs: one native query per candidate (two entity
     * counts took a fifth of an imported page's time).
     */
    String newSlug(String title) {
        return Slugs.unique(
                title,
                "bai-viet",
                s -> !em.createNativeQuery("select 1 from article where slug = ?1"
                                + " union all select 1 from article_slug_redirect where slug = ?1")
                        .setParameter(1, s)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty());
    }

    private static boolean takenByAnother(String slug, Article current) {
        Article holder = Article.<Article>find("slug", slug).firstResult();
        if (holder != null) {
            return current == null || !holder.id.equals(current.id);
        }
        ArticleSlugRedirect former = ArticleSlugRedirect.findById(slug);
        return former != null && (current == null || !former.article.id.equals(current.id));
    }

    private static Instant instant(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(
                    new FieldError(field, "must be a date and time with its offset, e.g. 2024-07-10T14:49:00+07:00"));
            return null;
        }
    }

    /** Trimmed NFC text, or null when there is none. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : nfc(value.trim());
    }

    private static String nfc(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
