-- Views committed but not yet folded into article.view_count. Every view batch adds to these narrow rows instead
-- of the article row, which is wide (body, folded search texts): rewriting that row on each commit was most of
-- the view writer's work. The writer folds them into article.view_count about once a second, by relative
-- updates under the row's lock, so several API instances stay exact. An article's exact count is
-- view_count + views; lists sort by view_count alone, which the contract lets lag.
create table article_view_pending (
    article_id bigint not null,
    views      bigint not null,
    constraint article_view_pending_pk primary key (article_id),
    constraint article_view_pending_article_fk foreign key (article_id) references article (id)
);
