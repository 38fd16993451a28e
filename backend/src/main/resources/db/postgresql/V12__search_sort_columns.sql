-- What the sorts other than relevance order by, on article_search's rows, so that a search sorted by views or by
-- the last edit reads only the matches' narrow rows: looking each match up in article cost 200 ms for the
-- broadest queries at 100,000 bulletins (a p95 of 198 ms for sort=most-viewed), their rows about 20.
-- view_count follows article's (only ever raised by folding pending views) through a trigger of its own, which
-- leaves the term vector alone; room is left on each page so that those updates can stay on it (HOT).
alter table article_search add column view_count bigint not null default 0;
alter table article_search add column updated_at timestamp(6) with time zone;
alter table article_search set (fillfactor = 90);

update article_search s set view_count = a.view_count, updated_at = a.updated_at from article a
where a.id = s.article_id;

create or replace function article_search_sync() returns trigger language plpgsql as $$
begin
    insert into article_search (article_id, status, published_at, expires_at, category_id, author_id, terms,
                                view_count, updated_at)
    values (new.id, new.status, new.published_at, new.expires_at, new.category_id, new.author_id,
            bantin_ranking_terms(new.search_all, new.search_title, new.search_summary, new.search_accented,
                                 new.published_at),
            new.view_count, new.updated_at)
    on conflict (article_id) do update set status = excluded.status, published_at = excluded.published_at,
        expires_at = excluded.expires_at, category_id = excluded.category_id, author_id = excluded.author_id,
        terms = excluded.terms, view_count = excluded.view_count, updated_at = excluded.updated_at;
    return null;
end
$$;
drop trigger article_search_sync on article;
create trigger article_search_sync after insert or update of status, published_at, expires_at, category_id,
    author_id, search_title, search_summary, search_all, search_accented, updated_at on article
    for each row execute function article_search_sync();

create function article_search_views() returns trigger language plpgsql as $$
begin
    update article_search set view_count = new.view_count where article_id = new.id;
    return null;
end
$$;
create trigger article_search_views after update of view_count on article
    for each row when (old.view_count is distinct from new.view_count) execute function article_search_views();
