package vn.bantin.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.bantin.article.ArticleRepository;
import vn.bantin.author.Author;
import vn.bantin.author.AuthorView;
import vn.bantin.catalogue.Catalogue;
import vn.bantin.catalogue.CatalogueEntry;
import vn.bantin.catalogue.CatalogueKind;
import vn.bantin.category.Category;
import vn.bantin.category.CategoryView;
import vn.bantin.common.FieldError;
import vn.bantin.common.ProblemException;
import vn.bantin.slug.Slugs;
import vn.bantin.tag.Tag;
import vn.bantin.tag.TagView;

/**
 * Categories, authors and tags, managed by slug. One that any article uses (in any status, archived ones
 * included, whose data is kept) cannot be deleted: 409. Answers are the public shapes, read back by slug.
 */
@ApplicationScoped
class CatalogueEditing {
    private final Catalogue catalogue;
    private final ArticleRepository articles;

    CatalogueEditing(Catalogue catalogue, ArticleRepository articles) {
        this.catalogue = catalogue;
        this.articles = articles;
    }

    @Transactional
    String saveCategory(String currentSlug, CatalogueRequests.CategoryRequest body) {
        var r = body != null ? body : new CatalogueRequests.CategoryRequest(null, null, null, null);
        Edit<Category> edit = new Edit<>(CategoryView.KIND, currentSlug, r.name(), r.slug());
        String description = edit.optional("description", r.description(), 2000);
        Category c = edit.named();
        c.description = description;
        if (r.position() != null) {
            c.displayOrder = r.position();
        } else if (currentSlug == null) {
            Integer last = Category.getEntityManager()
                    .createQuery("select max(c.displayOrder) from Category c", Integer.class)
                    .getSingleResult();
            c.displayOrder = last == null ? 1 : last + 1;
        }
        c.persist();
        return c.slug;
    }

    @Transactional
    String saveAuthor(String currentSlug, CatalogueRequests.AuthorRequest body) {
        var r = body != null ? body : new CatalogueRequests.AuthorRequest(null, null, null, null);
        Edit<Author> edit = new Edit<>(AuthorView.KIND, currentSlug, r.name(), r.slug());
        String bio = edit.optional("bio", r.bio(), 4000);
        String avatar = edit.optional("avatarUrl", r.avatarUrl(), 1000);
        if (avatar != null && !ImageSources.isAllowed(avatar)) {
            edit.errors.add(new FieldError("avatarUrl", "must be an http(s) or /media/ URL"));
        }
        Author a = edit.named();
        a.bio = bio;
        a.avatarUrl = avatar;
        a.persist();
        return a.slug;
    }

    @Transactional
    String saveTag(String currentSlug, CatalogueRequests.TagRequest body) {
        var r = body != null ? body : new CatalogueRequests.TagRequest(null, null);
        Tag t = new Edit<>(TagView.KIND, currentSlug, r.name(), r.slug()).named();
        t.persist();
        return t.slug;
    }

    @Transactional
    void delete(CatalogueKind<?, ?> kind, String slug) {
        CatalogueEntry entry = catalogue.existing(kind, slug);
        long using = articles.countAny(kind.countedBy(), entry.id);
        if (using > 0) {
            throw ProblemException.conflict("This " + kind.word() + " is used by " + using
                    + " article(s), archived ones included; move them first");
        }
        entry.delete();
    }

    /**
     * One save of an entry: the entry (new, or the one at the current slug), its checked name and slug, and every
     * field's mistake collected so that one 400 names them all.
     */
    private final class Edit<E extends CatalogueEntry> {
        final List<FieldError> errors = new ArrayList<>();
        private final E entry;
        private final String name;
        private final String slug;

        Edit(CatalogueKind<E, ?> kind, String currentSlug, String name, String slug) {
            this.entry = currentSlug == null ? kind.create().get() : catalogue.existing(kind, currentSlug);
            this.name = optional("name", name, 200);
            if (this.name == null) {
                errors.add(new FieldError("name", "is required"));
            }
            this.slug = slug(kind, slug);
        }

        /** The given slug (checked), the current one, or one made from the name. */
        private String slug(CatalogueKind<E, ?> kind, String given) {
            String slug = given == null || given.isBlank() ? null : given.trim();
            if (slug == null) {
                return entry.slug != null
                        ? entry.slug
                        : name == null
                                ? null
                                : Slugs.unique(name, kind.fallbackSlug(), s -> catalogue.isTaken(kind, s));
            }
            if (!Slugs.isWellFormed(slug)) {
                errors.add(new FieldError("slug", "must be lower-case letters a-z, digits and single '-'"));
            } else if (!slug.equals(entry.slug) && catalogue.isTaken(kind, slug)) {
                errors.add(new FieldError("slug", "is taken"));
            }
            return slug;
        }

        /** Trimmed and NFC, or null when blank; too long is a mistake. */
        String optional(String field, String value, int max) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String text = Normalizer.normalize(value.trim(), Normalizer.Form.NFC);
            if (text.codePointCount(0, text.length()) > max) {
                errors.add(new FieldError(field, "must be at most " + max + " characters"));
            }
            return text;
        }

        /** The entry with its new name and slug, once every field has been checked: else the one 400. */
        E named() {
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            entry.name = name;
            entry.slug = slug;
            return entry;
        }
    }
}
