package vn.bantin.view;

import java.util.List;

/** What the group-commit loop hands its batches to. */
interface ViewWriter {
    /** Commits the batch and completes every view's answer. */
    void write(List<PendingView> batch);

    /** Moves pending views into the articles' counts: those this writer added, or every article's. */
    default void fold(boolean everyArticle) {}
}
