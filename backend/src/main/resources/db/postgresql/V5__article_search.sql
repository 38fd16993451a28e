-- Search reads a narrow copy of what it needs instead of the wide article row (about 1.8 KB with its texts: one
-- or two rows per 8 KB page), so that counting and ranking the matches of a broad query read a few dozen MB,
-- not 175 MB, and never decompress a body-sized value per match. Kept by a trigger on every write of the
-- columns it copies; a view only changes view_count, which fires nothing.
-- search_title, search_summary: the folded title and summary, inline, for the ranking's title and summary tiers.
-- terms: the folded words of search_all and every pair of neighbouring words (V4's search_terms, which this
-- replaces); accented_terms: the same of the text with its tone marks, for the +1 of an exact accented match.
-- Both are stored out of line and only ever read through their GIN indexes.
create function bantin_search_terms(folded text) returns tsvector language sql immutable parallel safe as $$
    select strip(to_tsvector('simple', coalesce(folded, '') || ' ' || regexp_replace(regexp_replace(
        trim(coalesce(folded, '')), ' (\S+)', ' \1 \1', 'g'), '(\S+) (\S+)', '\1.\2', 'g')))
$$;
-- Accented words are split by hand and made lexemes as they are: PostgreSQL's parser would split "sửa.đường".
create function bantin_accented_terms(accented text) returns tsvector language sql immutable parallel safe as $$
    select array_to_tsvector(array_remove(string_to_array(w || ' ' || regexp_replace(regexp_replace(w,
        ' (\S+)', ' \1 \1', 'g'), '(\S+) (\S+)', '\1.\2', 'g'), ' '), ''))
    from (select trim(regexp_replace(coalesce(accented, ''), '[^[:alnum:]]+', ' ', 'g')) as w) words
$$;

create table article_search (
    article_id     bigint      not null primary key references article (id) on delete cascade,
    status         varchar(16) not null,
    published_at   timestamp(6) with time zone,
    expires_at     timestamp(6) with time zone,
    category_id    bigint      not null,
    author_id      bigint      not null,
    search_title   varchar(2000),
    search_summary varchar(4000),
    terms          tsvector    not null,
    accented_terms tsvector    not null
);
alter table article_search alter column terms set storage external;
alter table article_search alter column accented_terms set storage external;

create function article_search_sync() returns trigger language plpgsql as $$
begin
    insert into article_search (article_id, status, published_at, expires_at, category_id, author_id,
                                search_title, search_summary, terms, accented_terms)
    values (new.id, new.status, new.published_at, new.expires_at, new.category_id, new.author_id,
            new.search_title, new.search_summary, bantin_search_terms(new.search_all),
            bantin_accented_terms(new.search_accented))
    on conflict (article_id) do update set status = excluded.status, published_at = excluded.published_at,
        expires_at = excluded.expires_at, category_id = excluded.category_id, author_id = excluded.author_id,
        search_title = excluded.search_title, search_summary = excluded.search_summary, terms = excluded.terms,
        accented_terms = excluded.accented_terms;
    return null;
end
$$;
create trigger article_search_sync after insert or update of status, published_at, expires_at, category_id,
    author_id, search_title, search_summary, search_all, search_accented on article
    for each row execute function article_search_sync();

insert into article_search (article_id, status, published_at, expires_at, category_id, author_id, search_title,
                            search_summary, terms, accented_terms)
select id, status, published_at, expires_at, category_id, author_id, search_title, search_summary,
       bantin_search_terms(search_all), bantin_accented_terms(search_accented)
from article;

alter table article drop column search_terms;
create index article_search_terms_idx on article_search using gin (terms);
create index article_search_accented_idx on article_search using gin (accented_terms);
