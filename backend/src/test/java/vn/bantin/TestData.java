package vn.bantin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.bantin.article.Article;
import vn.bantin.article.ArticleSlugRedirect;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.listing.ArticleStatus;
import vn.bantin.readcache.ReadCache;
import vn.bantin.tag.Tag;

/** Fixtures that each test makes for itself, with unique slugs, so tests run in any order and twice. */
@ApplicationScoped
public class TestData {
    @Inject
    ReadCache readCache;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Transactional
    public Category category(String name) {
        Category c = new Category();
        c.name = name;
        c.slug = unique("cm");
        c.displayOrder = 1000;
        c.persist();
        return c;
    }

    @Transactional
    public Author author(String name) {
        Author a = new Author();
        a.name = name;
        a.slug = unique("tg");
        a.persist();
        return a;
    }

    @Transactional
    public Tag tag(String name) {
        Tag t = new Tag();
        t.name = name;
        t.slug = unique("the");
        t.persist();
        return t;
    }

    /** A published article, {@code age} before now. */
    public Article article(String title, Category category, Author author, Duration age, List<Tag> tags) {
        return article(
                title, category, author, ArticleStatus.PUBLISHED, Instant.now().minus(age), null, tags);
    }

    @Transactional
    public Article article(
            String title,
            Category category,
            Author author,
            ArticleStatus status,
            Instant publishedAt,
            Instant expiresAt,
            List<Tag> tags) {
        Article a = new Article();
        a.title = title;
        a.slug = unique("bv");
        a.bodyHtml = "<p>" + title + "</p>";
        a.status = status;
        a.publishedAt = publishedAt;
        a.expiresAt = expiresAt;
        a.category = Category.findById(category.id);
        a.author = Author.findById(author.id);
        tags.forEach(t -> a.tags.add(Tag.findById(t.id)));
        a.persist();
        return a;
    }

    @Transactional
    public void setViews(Article article, long views) {
        Article.update("foldedViewCount = ?1 where id = ?2", views, article.id);
        freshnessBoundPassed();
    }

    /** An editor's change of the title, as the editorial API will make it: through the entity. */
    @Transactional
    public void retitle(Article article, String title) {
        Article a = Article.findById(article.id);
        a.title = title;
    }

    @Transactional
    public void setStatus(Article article, ArticleStatus status) {
        Article a = Article.findById(article.id);
        a.status = status;
    }

    /** A published article with the given texts, {@code age} before now. */
    @Transactional
    public Article article(
            String title, String summary, String bodyHtml, Category category, Author author, Duration age) {
        Article a = new Article();
        a.title = title;
        a.summary = summary;
        a.slug = unique("bv");
        a.bodyHtml = bodyHtml;
        a.status = ArticleStatus.PUBLISHED;
        a.publishedAt = Instant.now().minus(age);
        a.category = Category.findById(category.id);
        a.author = Author.findById(author.id);
        a.persist();
        return a;
    }

    /** Views of an article on a Hanoi day, as the view writer would have recorded them. */
    @Transactional
    public void viewsOnDay(Article article, java.time.LocalDate day, long views) {
        Article.getEntityManager()
                .createNativeQuery(
                        "insert into article_view_day (article_id, view_date, views) values (:id, :day, :views)")
                .setParameter("id", article.id)
                .setParameter("day", day)
                .setParameter("views", views)
                .executeUpdate();
        freshnessBoundPassed();
    }

    /**
     * Views reach public answers within the read cache's freshness bound, not at once. The fixtures that write
     * views directly stand for "and then that bound passed", so tests of ordering by views need not sleep.
     */
    private void freshnessBoundPassed() {
        readCache.invalidateAll();
    }

    /** What an editorial slug change leaves behind: the old slug pointing at the article. */
    @Transactional
    public void renameSlug(Article article, String newSlug) {
        Article a = Article.findById(article.id);
        ArticleSlugRedirect redirect = new ArticleSlugRedirect();
        redirect.slug = a.slug;
        redirect.article = a;
        redirect.persist();
        a.slug = newSlug;
    }
}
