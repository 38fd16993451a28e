package vn.bantin.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.bantin.article.Article;
import vn.bantin.article.ArticleRepository;
import vn.bantin.article.ArticleSlugRedirect;
import vn.bantin.author.AuthorRef;
import vn.bantin.category.CategoryRef;
import vn.bantin.common.Hanoi;
import vn.bantin.common.PageRequest;
import vn.bantin.common.ProblemException;
import vn.bantin.listing.ArticleFilter;
import vn.bantin.listing.ArticleSort;
import vn.bantin.listing.ArticleStatus;
import vn.bantin.search.Glossary;
import vn.bantin.search.GlossaryEntry;
import vn.bantin.search.SearchEngine;
import vn.bantin.search.SearchGate;
import vn.bantin.search.SearchQuery;
import vn.bantin.tag.TagRef;

/**
 * Writing articles: every status, optimistic locking by version (If-Match), a revision of the previous state on
 * every save, sanitised bodies and editorial warnings. Public answers follow at once: every write goes through
 * the entities, whose listener empties the read cache.
 */
@ApplicationScoped
public class EditorialArticles {
    /** Who {@code editedBy} names for a state that no account made (loaded at start). */
    static final String SYSTEM = "system";

    private final ArticleRepository articles;
    private final SearchEngine search;
    private final SearchGate gate;
    private final Glossary glossary;
    private final ArticleInput input;
    private final ObjectMapper mapper;
    private final EntityManager em;
    private final Clock clock;

    EditorialArticles(
            ArticleRepository articles,
            SearchEngine search,
            SearchGate gate,
            Glossary glossary,
            ArticleInput input,
            ObjectMapper mapper,
            EntityManager em,
            Clock clock) {
        this.articles = articles;
        this.search = search;
        this.gate = gate;
        this.glossary = glossary;
        this.input = input;
        this.mapper = mapper;
        this.em = em;
        this.clock = clock;
    }

    /** A page of articles in the statuses (all when empty), newest edit first, or by relevance to a search. */
    public EditorialPage list(
            Set<ArticleStatus> statuses, String category, String author, SearchQuery query, PageRequest page) {
        Set<ArticleStatus> scope = statuses.isEmpty() ? Set.of(ArticleStatus.values()) : statuses;
        ArticleFilter filter = new ArticleFilter(
                category,
                author,
                null,
                null,
                null,
                query == null ? ArticleSort.LAST_EDITED : ArticleSort.RELEVANCE,
                scope);
        Instant now = clock.instant();
        ArticleRepository.Found found;
        long total;
        if (query == null) {
            found = articles.page(filter, page, now);
            total = found.total();
        } else {
            SearchEngine.Hits hits = gate.run(() -> search.search(query, filter, page, now));
            found = articles.byIds(hits.ids());
            total = hits.total();
        }
        Set<String> terms = glossaryTerms();
        List<EditorialArticle> items = found.articles().stream()
                .map(a -> view(a, found.tags().getOrDefault(a.id, List.of()), terms))
                .toList();
        return new EditorialPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    public Optional<EditorialArticle> find(long id) {
        return Optional.ofNullable(Article.<Article>findById(id)).map(a -> view(a, glossaryTerms()));
    }

    @Transactional
    public EditorialArticle create(ArticleRequest request, String editor) {
        return create(request, editor, 0, glossaryTerms());
    }

    /**
     * A new article that was read elsewhere before ({@code viewsSoFar}, an old portal's count), its warnings
     * checked against {@code glossaryTerms} read once for many articles: the importer's way in.
     */
    @Transactional
    public EditorialArticle create(ArticleRequest request, String editor, long viewsSoFar, Set<String> glossaryTerms) {
        ArticleInput.Valid valid = input.check(request, null);
        Article article = new Article();
        valid.applyTo(article);
        article.slug = valid.slug() != null ? valid.slug() : input.newSlug(article.title);
        article.updatedBy = editor;
        article.foldedViewCount = viewsSoFar;
        article.persist();
        em.flush();
        return view(article, glossaryTerms);
    }

    /** A full update by an editor who last read {@code ifMatch}; the state it replaces becomes a revision. */
    @Transactional
    public Optional<EditorialArticle> update(long id, String ifMatch, ArticleRequest request, String editor) {
        Article article = Article.findById(id);
        if (article == null) {
            return Optional.empty();
        }
        Preconditions.check(ifMatch, article.version);
        ArticleInput.Valid valid = input.check(request, article);
        save(article, editor, () -> {
            String oldSlug = article.slug;
            valid.applyTo(article);
            if (valid.slug() != null && !valid.slug().equals(oldSlug)) {
                article.slug = valid.slug();
                moveSlug(article, oldSlug, valid.slug());
            }
        });
        return Optional.of(view(article, glossaryTerms()));
    }

    /** An update over a version known to be current (a program's own write, not an editor's If-Match). */
    @Transactional
    public Optional<EditorialArticle> update(long id, long version, ArticleRequest request, String editor) {
        return update(id, Preconditions.etag(version), request, editor);
    }

    /** DELETE: the article leaves the public site but keeps its data and history. */
    @Transactional
    public boolean archive(long id, String editor) {
        Article article = Article.findById(id);
        if (article == null) {
            return false;
        }
        if (article.status != ArticleStatus.ARCHIVED) {
            save(article, editor, () -> article.status = ArticleStatus.ARCHIVED);
        }
        return true;
    }

    public Optional<List<Revision>> revisions(long id) {
        if (Article.findById(id) == null) {
            return Optional.empty();
        }
        List<ArticleRevision> stored = ArticleRevision.list("key.articleId = ?1 order by key.version desc", id);
        return Optional.of(stored.stream().map(this::revision).toList());
    }

    /** Makes a revision's state current again, as a save of its own (so the state it replaces is kept too). */
    @Transactional
    public Optional<EditorialArticle> restore(long id, long version, String ifMatch, String editor) {
        ArticleRevision stored = ArticleRevision.findById(new ArticleRevision.Key(id, version));
        if (stored == null) {
            return Optional.empty();
        }
        EditorialArticle state = revision(stored).article();
        ArticleRequest request = new ArticleRequest(
                state.title(),
                state.slug(),
                state.summary(),
                state.bodyHtml(),
                state.category().slug(),
                state.author().slug(),
                state.tags().stream().map(TagRef::slug).toList(),
                state.coverImageUrl(),
                state.status(),
                state.publishedAt() == null ? null : state.publishedAt().toString(),
                state.expiresAt() == null ? null : state.expiresAt().toString());
        return update(id, ifMatch, request, editor);
    }

    /** Views per Hanoi day over the last {@code days} days, today included. */
    public Optional<ArticleStats> stats(long id, int days) {
        Article article = Article.findById(id);
        if (article == null) {
            return Optional.empty();
        }
        LocalDate today = Hanoi.today(clock);
        LocalDate first = today.minusDays(days - 1L);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select view_date, views from article_view_day"
                        + " where article_id = ?1 and view_date >= ?2 and view_date <= ?3")
                .setParameter(1, id)
                .setParameter(2, Date.valueOf(first))
                .setParameter(3, Date.valueOf(today))
                .getResultList();
        Map<LocalDate, Long> byDay = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof Date d ? d.toLocalDate() : (LocalDate) row[0];
            byDay.put(day, ((Number) row[1]).longValue());
        }
        List<ArticleStats.Day> series = new ArrayList<>(days);
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            series.add(new ArticleStats.Day(day, byDay.getOrDefault(day, 0L)));
        }
        return Optional.of(new ArticleStats(article.viewCount, series));
    }

    /**
     * Applies a change and writes it at once, so that of two editors saving over the same version the second
     * finds the row changed (its UPDATE matches no row) and gets 412 instead of overwriting. The revision is
     * inserted after that UPDATE, which holds the row: the loser never reaches it.
     */
    private void save(Article article, String editor, Runnable change) {
        ArticleRevision before = snapshot(article);
        change.run();
        article.updatedBy = editor;
        article.updatedAt = clock.instant(); // always a change, so the version moves on every save
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale();
        } catch (PersistenceException e) {
            if (isConcurrentUpdate(e)) {
                throw stale();
            }
            throw e;
        }
        before.persist();
    }

    private void moveSlug(Article article, String oldSlug, String newSlug) {
        ArticleSlugRedirect.delete("slug", newSlug); // the article takes back a slug it had before
        ArticleSlugRedirect redirect = new ArticleSlugRedirect();
        redirect.slug = oldSlug;
        redirect.article = article;
        redirect.createdAt = clock.instant();
        redirect.persist();
    }

    private ArticleRevision snapshot(Article article) {
        ArticleRevision revision = new ArticleRevision();
        revision.key = new ArticleRevision.Key(article.id, article.version);
        revision.title = article.title;
        revision.editedBy = article.updatedBy == null ? SYSTEM : article.updatedBy;
        revision.editedAt = article.updatedAt;
        try {
            revision.article = mapper.writeValueAsString(view(article, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return revision;
    }

    private Revision revision(ArticleRevision stored) {
        try {
            return new Revision(
                    stored.key.version(),
                    stored.title,
                    stored.editedBy,
                    Hanoi.toOffset(stored.editedAt),
                    mapper.readValue(stored.article, EditorialArticle.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Revision " + stored.key + " is not readable", e);
        }
    }

    private EditorialArticle view(Article a, Set<String> glossaryTerms) {
        return view(a, TagRef.sorted(a.tags), glossaryTerms);
    }

    /** With warnings when {@code glossaryTerms} is given; a stored revision carries none. */
    private static EditorialArticle view(Article a, List<TagRef> tags, Set<String> glossaryTerms) {
        List<Warning> warnings =
                glossaryTerms == null ? null : EditorialWarnings.of(a.title, a.summary, a.bodyHtml, glossaryTerms);
        return new EditorialArticle(
                a.id,
                a.slug,
                a.title,
                a.summary,
                a.coverImageUrl,
                CategoryRef.of(a.category),
                AuthorRef.of(a.author),
                tags,
                Hanoi.toOffset(a.publishedAt),
                a.viewCount,
                a.bodyHtml,
                Hanoi.toOffset(a.updatedAt),
                a.status,
                a.version,
                Hanoi.toOffset(a.createdAt),
                Hanoi.toOffset(a.expiresAt),
                warnings);
    }

    /** The glossary's terms, which an abbreviation must be among not to be warned about. */
    public Set<String> glossaryTerms() {
        return glossary.entries().stream().map(GlossaryEntry::term).collect(Collectors.toSet());
    }

    private static ProblemException stale() {
        return ProblemException.preconditionFailed("Someone saved this article meanwhile: load it again and merge");
    }

    /** H2 reports a row changed under a waiting UPDATE as its own error rather than as a zero-row update. */
    private static boolean isConcurrentUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql
                    && ("40001".equals(sql.getSQLState())
                            || sql.getErrorCode() == 90131
                            || "HYT00".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
