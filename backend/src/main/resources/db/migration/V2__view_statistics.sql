-- Views per article and Hanoi day, for most-viewed over a period. The write path adds to a row per article and
-- day; the read path sums the rows of the period's days, found through the (view_date, article_id) index that
-- also carries the count, so neither reads the articles' other columns nor any row outside the period.
create table article_view_day (
    article_id bigint not null,
    view_date  date   not null,
    views      bigint not null,
    constraint article_view_day_pk primary key (article_id, view_date),
    constraint article_view_day_article_fk foreign key (article_id) references article (id)
);
create index article_view_day_period_idx on article_view_day (view_date, article_id, views);
