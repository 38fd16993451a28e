package vn.bantin.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.bantin.article.Article;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.common.Hanoi;
import vn.bantin.editorial.ArticleRequest;
import vn.bantin.editorial.EditorialArticle;
import vn.bantin.editorial.EditorialArticles;
import vn.bantin.editorial.SafeHtml;
import vn.bantin.editorial.Warning;
import vn.bantin.listing.ArticleStatus;
import vn.bantin.slug.Slugs;

/**
 * Writes one page as one transaction, so that a kill leaves every page either imported or not at all. A page is
 * known by its source key (its path in the folder); a page not seen before that is the same bulletin (title and
 * time) as an existing article takes that article over, unless another page holds it: then it is a duplicate.
 * Articles are written through the editorial API's own rules (sanitiser, slugs, a revision of each earlier state).
 */
@ApplicationScoped
class ImportWriter {
    /** Who {@code updatedBy} and revisions name for what the importer wrote. */
    static final String EDITOR = "import";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    enum Result {
        CREATED,
        UPDATED,
        UNCHANGED,
        DUPLICATE
    }

    record Outcome(Result result, long articleId, String slug, List<Warning> warnings, String duplicateOf) {}

    private final EditorialArticles editorial;
    private final EntityManager em;
    private final Clock clock;

    ImportWriter(EditorialArticles editorial, EntityManager em, Clock clock) {
        this.editorial = editorial;
        this.em = em;
        this.clock = clock;
    }

    /**
     * The slugs of the categories and authors that a batch of pages names, each created when new, and the glossary
     * that their warnings are checked against.
     */
    record Names(Map<String, String> categories, Map<String, String> authors, Set<String> glossaryTerms) {
        String category(String name) {
            return categories.get(fold(name));
        }

        String author(String name) {
            return authors.get(fold(name));
        }
    }

    /**
     * Finds or creates, in one transaction before a batch's pages are written side by side, every category and
     * author they name: two pages can then never both create the same one.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Names names(Collection<OldPortalPage> pages) {
        Map<String, String> categories = new HashMap<>();
        Map<String, String> authors = new HashMap<>();
        for (OldPortalPage page : pages) {
            categories.computeIfAbsent(fold(page.category()), k -> category(page.category()).slug);
            authors.computeIfAbsent(fold(page.author()), k -> author(page.author()).slug);
        }
        return new Names(categories, authors, editorial.glossaryTerms());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Outcome write(String sourceKey, OldPortalPage page, String hash, Names names) {
        Known known = known(sourceKey, page);
        if (known.source() != null) {
            long articleId = known.source().articleId();
            addViews(articleId, page.viewCount() - known.source().viewCount());
            if (hash.equals(known.source().hash())) {
                if (page.viewCount() != known.source().viewCount()) {
                    recordSource(sourceKey, articleId, hash, page.viewCount(), false);
                }
                return new Outcome(Result.UNCHANGED, articleId, null, List.of(), null);
            }
            EditorialArticle updated = update(Article.findById(articleId), page, names);
            recordSource(sourceKey, articleId, hash, page.viewCount(), false);
            return new Outcome(Result.UPDATED, articleId, updated.slug(), updated.warnings(), null);
        }
        Article same = known.sameBulletin() == null ? null : Article.findById(known.sameBulletin());
        if (same != null) {
            String holder = holderOf(same.id);
            if (holder != null) {
                return new Outcome(Result.DUPLICATE, same.id, same.slug, List.of(), holder);
            }
            addViews(same.id, page.viewCount() - same.foldedViewCount);
            recordSource(sourceKey, same.id, hash, page.viewCount(), true);
            if (sameContent(same, page)) {
                return new Outcome(Result.UNCHANGED, same.id, same.slug, List.of(), null);
            }
            EditorialArticle updated = update(same, page, names);
            return new Outcome(Result.UPDATED, same.id, updated.slug(), updated.warnings(), null);
        }
        EditorialArticle created =
                editorial.create(request(page, null, names), EDITOR, page.viewCount(), names.glossaryTerms());
        recordSource(sourceKey, created.id(), hash, page.viewCount(), true);
        return new Outcome(Result.CREATED, created.id(), created.slug(), created.warnings(), null);
    }

    private EditorialArticle update(Article article, OldPortalPage page, Names names) {
        return editorial
                .update(article.id, article.version, request(page, article, names), EDITOR)
                .orElseThrow();
    }

    /** On an update the editor's own additions (tags, cover, expiry, status) stay as they are. */
    private static ArticleRequest request(OldPortalPage page, Article current, Names names) {
        String category = names.category(page.category());
        String author = names.author(page.author());
        String published = Hanoi.toOffset(page.publishedAt()).toString();
        if (current == null) {
            return new ArticleRequest(
                    page.title(),
                    null,
                    page.summary(),
                    page.bodyHtml(),
                    category,
                    author,
                    List.of(),
                    null,
                    ArticleStatus.PUBLISHED,
                    published,
                    null);
        }
        List<String> tags = current.tags.stream().map(t -> t.slug).toList();
        return new ArticleRequest(
                page.title(),
                current.slug,
                page.summary(),
                page.bodyHtml(),
                category,
                author,
                tags,
                current.coverImageUrl,
                current.status,
                published,
                current.expiresAt == null
                        ? null
                        : Hanoi.toOffset(current.expiresAt).toString());
    }

    private static boolean sameContent(Article article, OldPortalPage page) {
        return article.title.equals(page.title())
                && Objects.equals(article.summary, page.summary())
                && blocks(article.bodyHtml).equals(blocks(nfc(page.bodyHtml())))
                && same(article.category.name, page.category())
                && same(article.author.name, page.author());
    }

    /**
     * A body as its sanitised blocks, whatever the white space between them: a page saved as HTML keeps the line
     * breaks and indentation of the portal's template where a text page has none, and that is no change.
     */
    private static List<String> blocks(String bodyHtml) {
        Document body = Jsoup.parseBodyFragment(SafeHtml.sanitise(bodyHtml));
        body.outputSettings().prettyPrint(false);
        return body.body().childNodes().stream()
                .filter(n -> !(n instanceof TextNode text) || !text.isBlank())
                .map(Node::outerHtml)
                .toList();
    }

    /** The page's category by its name in any case ("TIN TỨC HOẠT ĐỘNG CỦA QUẬN ỦY"), created when new. */
    private Category category(String named) {
        for (Category c : Category.<Category>listAll()) {
            if (same(c.name, named)) {
                return c;
            }
        }
        Category c = new Category();
        c.name = HeadingCase.of(named);
        c.slug = Slugs.unique(c.name, "chuyen-muc", s -> Category.count("slug", s) > 0);
        Number last = (Number) em.createQuery("select coalesce(max(c.displayOrder), 0) from Category c")
                .getSingleResult();
        c.displayOrder = last.intValue() + 1;
        c.persist();
        return c;
    }

    private Author author(String named) {
        String name = SPACES.matcher(named).replaceAll(" ");
        Author found = Author.<Author>find("lower(name) = ?1", name.toLowerCase(VIETNAMESE))
                .firstResult();
        if (found != null) {
            return found;
        }
        Author a = new Author();
        a.name = name;
        a.slug = Slugs.unique(name, "tac-gia", s -> Author.count("slug", s) > 0);
        a.persist();
        return a;
    }

    private record Source(long articleId, String hash, long viewCount) {}

    /** What is known of a page: its own earlier import, or else an article that is the same bulletin. */
    private record Known(Source source, Long sameBulletin) {}

    /** One round trip for both questions: most pages are either new or imported before. */
    private Known known(String key, OldPortalPage page) {
        List<?> rows = em.createNativeQuery("select 1, article_id, content_hash, view_count from import_source"
                        + " where source_key = ?1 union all select 2, id, null, 0 from article"
                        + " where title = ?2 and published_at = ?3")
                .setParameter(1, key)
                .setParameter(2, page.title())
                .setParameter(3, page.publishedAt())
                .getResultList();
        Source source = null;
        Long same = null;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long articleId = ((Number) r[1]).longValue();
            if (((Number) r[0]).intValue() == 1) {
                source = new Source(articleId, (String) r[2], ((Number) r[3]).longValue());
            } else if (same == null) {
                same = articleId;
            }
        }
        return new Known(source, same);
    }

    private String holderOf(long articleId) {
        List<?> rows = em.createNativeQuery("select source_key from import_source where article_id = ?1")
                .setParameter(1, articleId)
                .setMaxResults(1)
                .getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    private void recordSource(String key, long articleId, String hash, long views, boolean isNew) {
        Instant now = clock.instant();
        String sql = isNew
                ? "insert into import_source (content_hash, view_count, imported_at, article_id, source_key)"
                        + " values (?1, ?2, ?3, ?4, ?5)"
                : "update import_source set content_hash = ?1, view_count = ?2, imported_at = ?3, article_id = ?4"
                        + " where source_key = ?5";
        em.createNativeQuery(sql)
                .setParameter(1, hash)
                .setParameter(2, views)
                .setParameter(3, now)
                .setParameter(4, articleId)
                .setParameter(5, key)
                .executeUpdate();
    }

    /** The old portal's count grew since the last import: the growth joins the count (which only grows). */
    private void addViews(long articleId, long growth) {
        if (growth > 0) {
            em.createNativeQuery("update article set view_count = view_count + ?1 where id = ?2")
                    .setParameter(1, growth)
                    .setParameter(2, articleId)
                    .executeUpdate();
        }
    }

    private static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }

    static String fold(String name) {
        return SPACES.matcher(nfc(name)).replaceAll(" ").trim().toLowerCase(VIETNAMESE);
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
