package vn.bantin.catalogue;

import java.util.Comparator;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import vn.bantin.article.ArticleRepository.CountedBy;

/**
 * One kind of catalogue entry and how readers see it: its entity, how articles are counted by it, the word and
 * the collection its messages and addresses use, its public view (given the count of visible articles) and the
 * order of its list.
 *
 * @param fallbackSlug the slug made when a name gives none (a name of only punctuation, say)
 */
public record CatalogueKind<E extends CatalogueEntry, V>(
        Class<E> entity,
        Supplier<E> create,
        CountedBy countedBy,
        String word,
        String collection,
        String fallbackSlug,
        BiFunction<E, Long, V> view,
        Comparator<V> order) {}
