package vn.bantin.article;

import vn.bantin.common.ProblemException;

/** The answers about articles that more than one endpoint gives. */
public final class ArticleProblems {
    private ArticleProblems() {}

    /** 404 for a slug that no publicly visible article has (drafts and scheduled ones included). */
    public static ProblemException notPublished(String slug) {
        return ProblemException.notFound("No published article has the slug '" + slug + "'");
    }
}
