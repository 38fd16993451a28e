package vn.bantin.view;

import io.vertx.core.Context;
import io.vertx.core.impl.ContextInternal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.bantin.article.ArticleProblems;

/** Answers a committed batch's views, each with the exact count it made or found. */
final class ViewAnswers {
    private ViewAnswers() {}

    /**
     * Each counted view answers the total as it stood just after it: the k-th of n views of an article in this
     * batch answers {@code total - n + k}, so every answer is exact and no two are equal. A view not counted
     * answers the total as it is; a slug of no visible article, 404.
     */
    static void answer(
            List<PendingView> batch,
            Map<String, ResolvedArticle> articles,
            boolean[] counted,
            Map<Long, Long> increments,
            Map<Long, Long> countsAfter) {
        Map<Long, Long> handedOut = new HashMap<>();
        List<Runnable> answers = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            PendingView view = batch.get(i);
            ResolvedArticle article = articles.get(view.slug());
            if (article == null) {
                RuntimeException missing = ArticleProblems.notPublished(view.slug());
                answers.add(() -> view.answer().completeExceptionally(missing));
                continue;
            }
            Long after = countsAfter.get(article.id());
            ViewResult result;
            if (counted[i]) {
                long k = handedOut.merge(article.id(), 1L, Long::sum);
                result = new ViewResult(view.slug(), after - increments.get(article.id()) + k, true);
            } else {
                result = new ViewResult(view.slug(), after != null ? after : article.views(), false);
            }
            answers.add(() -> view.answer().complete(result));
        }
        completeOnTheirEventLoops(batch, answers);
    }

    /**
     * Completes the answers with one task per event loop rather than one wake-up per request: each answer then
     * continues on the loop its request came in on, without a further hand-off. Every request has a context of
     * its own; what they share is the event loop underneath, which Vert.x 4 names only on its internal context
     * (no public API says which loop a context runs on).
     */
    private static void completeOnTheirEventLoops(List<PendingView> batch, List<Runnable> answers) {
        Map<Object, List<Runnable>> byLoop = new LinkedHashMap<>();
        Map<Object, Context> firstContext = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Context context = batch.get(i).context();
            if (context == null) {
                answers.get(i).run();
            } else {
                Object loop = ((ContextInternal) context).nettyEventLoop();
                firstContext.putIfAbsent(loop, context);
                byLoop.computeIfAbsent(loop, l -> new ArrayList<>()).add(answers.get(i));
            }
        }
        byLoop.forEach((loop, tasks) -> firstContext.get(loop).runOnContext(ignored -> tasks.forEach(Runnable::run)));
    }
}
