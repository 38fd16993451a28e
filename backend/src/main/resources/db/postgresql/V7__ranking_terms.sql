-- One term vector per bulletin holds everything search asks of it, so that every question of the ranking is a
-- single GIN lookup with nothing to re-check row by row: the folded words of the whole text and every pair of
-- neighbouring words (as V5's terms), the same of the title prefixed "t:" and of the summary prefixed "s:", and
-- the words and pairs as written, with their tone marks, prefixed "a:". The levels of relevance (the whole
-- phrase in the title, every word in the title, …) become conditions such as 't:quy.che & t:che.dan', and
-- the first page of a broad query is read level by level, newest first within each (SearchRepository), without
-- ranking all of its matches. The folded title and summary and accented_terms are no longer needed, and the row
-- gets narrow: counting and sorting fifty thousand matches reads about 10 MB of heap.
-- Lexemes are made by hand, not by PostgreSQL's parser, so that a query can name them exactly (a cast to tsquery).
-- A loop, not set-returning SQL: subscripting a body's worth of words in SQL took seven times as long.
create function bantin_terms(prefix text, words text[]) returns text[] language plpgsql immutable parallel safe as $$
declare
    terms text[] := '{}';
    n int := cardinality(words);
begin
    for i in 1 .. n loop
        -- PostgreSQL refuses lexemes over 2 KB; no reader types such a word.
        if octet_length(words[i]) < 1000 then
            terms := terms || (prefix || words[i]);
            if i < n and octet_length(words[i + 1]) < 1000 then
                terms := terms || (prefix || words[i] || '.' || words[i + 1]);
            end if;
        end if;
    end loop;
    return terms;
end
$$;

create function bantin_folded_words(folded text) returns text[] language sql immutable parallel safe as $$
    select array_remove(string_to_array(trim(coalesce(folded, '')), ' '), '')
$$;

create function bantin_accented_words(accented text) returns text[] language sql immutable parallel safe as $$
    select array_remove(regexp_split_to_array(coalesce(accented, ''), '[^[:alnum:]]+'), '')
$$;

-- The month of publication in Hanoi ("m:202406"; Vietnam keeps UTC+7 all year) lets a level's newest rows be read
-- a few months at a time, so that a level of twenty thousand rows is not read whole for a page of twenty.
create function bantin_ranking_terms(search_all text, search_title text, search_summary text, search_accented text,
                                     published_at timestamptz) returns tsvector
    language sql immutable parallel safe as $$
    select array_to_tsvector(bantin_terms('', bantin_folded_words(search_all))
        || bantin_terms('t:', bantin_folded_words(search_title))
        || bantin_terms('s:', bantin_folded_words(search_summary))
        || bantin_terms('a:', bantin_accented_words(search_accented))
        || array_remove(array['m:' || to_char((published_at at time zone 'UTC') + interval '7 hours', 'YYYYMM')], null))
$$;

drop trigger article_search_sync on article;
drop table article_search;

create table article_search (
    article_id   bigint      not null primary key references article (id) on delete cascade,
    status       varchar(16) not null,
    published_at timestamp(6) with time zone,
    expires_at   timestamp(6) with time zone,
    category_id  bigint      not null,
    author_id    bigint      not null,
    terms        tsvector    not null
);
-- Read only through the GIN index: kept out of the row, and never compressed, so that the heap stays narrow.
alter table article_search alter column terms set storage external;

create or replace function article_search_sync() returns trigger language plpgsql as $$
begin
    insert into article_search (article_id, status, published_at, expires_at, category_id, author_id, terms)
    values (new.id, new.status, new.published_at, new.expires_at, new.category_id, new.author_id,
            bantin_ranking_terms(new.search_all, new.search_title, new.search_summary, new.search_accented,
                                 new.published_at))
    on conflict (article_id) do update set status = excluded.status, published_at = excluded.published_at,
        expires_at = excluded.expires_at, category_id = excluded.category_id, author_id = excluded.author_id,
        terms = excluded.terms;
    return null;
end
$$;
create trigger article_search_sync after insert or update of status, published_at, expires_at, category_id,
    author_id, search_title, search_summary, search_all, search_accented on article
    for each row execute function article_search_sync();

insert into article_search (article_id, status, published_at, expires_at, category_id, author_id, terms)
select id, status, published_at, expires_at, category_id, author_id,
       bantin_ranking_terms(search_all, search_title, search_summary, search_accented, published_at)
from article;

create index article_search_terms_idx on article_search using gin (terms);

drop function bantin_search_terms(text);
drop function bantin_accented_terms(text);
