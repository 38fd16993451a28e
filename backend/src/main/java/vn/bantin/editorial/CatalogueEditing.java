package vn.bantin.editorial;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.bantin.article.Article;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.common.FieldError;
import vn.bantin.common.ProblemException;
import vn.bantin.slug.Slugs;
import vn.bantin.tag.Tag;

/**
 * Categories, authors and tags, managed by slug. One that any article uses (in any status, archived ones
 * included, whose data is kept) cannot be deleted: 409. Answers are the public shapes, read back by slug.
 */
@ApplicationScoped
class CatalogueEditing {

    @Transactional
    String saveCategory(String currentSlug, CatalogueRequests.CategoryRequest r) {
        Category c = currentSlug == null ? new Category() : existing(Category.find("slug", currentSlug).firstResult(), currentSlug);
        List<FieldError> errors = new ArrayList<>();
        String name = required(r == null ? null : r.name(), 200, errors);
        String description = optional("description", r == null ? null : r.description(), 2000, errors);
        String slug = slug(r == null ? null : r.slug(), c.slug, name, "chuyen-muc",
                s -> Category.count("slug", s) > 0, errors);
        done(errors);
        c.name = name;
        c.description = description;
        c.slug = slug;
        if (r.position() != null) {
            c.displayOrder = r.position();
        } else if (currentSlug == null) {
            Integer last = Category.getEntityManager().createQuery("select max(c.displayOrder) from Category c",
                    Integer.class).getSingleResult();
            c.displayOrder = last == null ? 1 : last + 1;
        }
        c.persist();
        return c.slug;
    }

    @Transactional
    String saveAuthor(String currentSlug, CatalogueRequests.AuthorRequest r) {
        Author a = currentSlug == null ? new Author() : existing(Author.find("slug", currentSlug).firstResult(), currentSlug);
        List<FieldError> errors = new ArrayList<>();
        String name = required(r == null ? null : r.name(), 200, errors);
        String bio = optional("bio", r == null ? null : r.bio(), 4000, errors);
        String avatar = optional("avatarUrl", r == null ? null : r.avatarUrl(), 1000, errors);
        if (avatar != null && !ImageSources.isAllowed(avatar)) {
            errors.add(new FieldError("avatarUrl", "must be an http(s) or /media/ URL"));
        }
        String slug = slug(r == null ? null : r.slug(), a.slug, name, "tac-gia", s -> Author.count("slug", s) > 0, errors);
        done(errors);
        a.name = name;
        a.bio = bio;
        a.avatarUrl = avatar;
        a.slug = slug;
        a.persist();
        return a.slug;
    }

    @Transactional
    String saveTag(String currentSlug, CatalogueRequests.TagRequest r) {
        Tag t = currentSlug == null ? new Tag() : existing(Tag.find("slug", currentSlug).firstResult(), currentSlug);
        List<FieldError> errors = new ArrayList<>();
        String name = required(r == null ? null : r.name(), 200, errors);
        String slug = slug(r == null ? null : r.slug(), t.slug, name, "the", s -> Tag.count("slug", s) > 0, errors);
        done(errors);
        t.name = name;
        t.slug = slug;
        t.persist();
        return t.slug;
    }

    @Transactional
    void deleteCategory(String slug) {
        Category c = existing(Category.find("slug", slug).firstResult(), slug);
        refuseInUse(Article.count("category", c), "category");
        c.delete();
    }

    @Transactional
    void deleteAuthor(String slug) {
        Author a = existing(Author.find("slug", slug).firstResult(), slug);
        refuseInUse(Article.count("author", a), "author");
        a.delete();
    }

    @Transactional
    void deleteTag(String slug) {
        Tag t = existing(Tag.find("slug", slug).firstResult(), slug);
        refuseInUse(Article.count("select count(a) from Article a join a.tags t where t = ?1", t), "tag");
        t.delete();
    }

    private static void refuseInUse(long articles, String what) {
        if (articles > 0) {
            throw ProblemException.conflict("This " + what + " is used by " + articles
                    + " article(s), archived ones included; move them first");
        }
    }

    private static <T extends PanacheEntityBase> T existing(T entity, String slug) {
        if (entity == null) {
            throw ProblemException.notFound("Nothing has the slug '" + slug + "'");
        }
        return entity;
    }

    /** The given slug (checked), the current one, or one made from the name. */
    private static String slug(String given, String current, String name, String fallback, Predicate<String> taken,
                               List<FieldError> errors) {
        String slug = given == null || given.isBlank() ? null : given.trim();
        if (slug == null) {
            return current != null ? current : name == null ? null : Slugs.unique(name, fallback, taken);
        }
        if (!Slugs.isWellFormed(slug)) {
            errors.add(new FieldError("slug", "must be lower-case letters a-z, digits and single '-'"));
        } else if (!slug.equals(current) && taken.test(slug)) {
            errors.add(new FieldError("slug", "is taken"));
        }
        return slug;
    }

    private static String required(String value, int max, List<FieldError> errors) {
        String text = optional("name", value, max, errors);
        if (text == null) {
            errors.add(new FieldError("name", "is required"));
        }
        return text;
    }

    private static String optional(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = Normalizer.normalize(value.trim(), Normalizer.Form.NFC);
        if (text.codePointCount(0, text.length()) > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return text;
    }

    private static void done(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
