-- Whole words instead of trigrams. Folded Vietnamese is made of short syllables ("quy", "che", "dan") whose
-- trigrams occur in nearly every bulletin: the trigram index narrowed little and every candidate's text was
-- read again. search_terms holds the folded words and every pair of neighbouring words ("quy.che", "che.dan",
-- "dan.chu"; a Vietnamese word is mostly two syllables), as a tsvector ('simple': no stemming, no stop words;
-- the folding is ours) that PostgreSQL keeps itself, stripped of word positions: pairs stand in for phrases,
-- and a smaller value is quicker to read where a common word makes PostgreSQL scan. With a GIN index, a query
-- of words and pairs (& and |) is answered from the index alone: no text is read, and the planner can tell
-- that a phrase such as "uy ban nhan dan" is rare even though each of its syllables is everywhere.
alter table article add column search_terms tsvector generated always as (strip(to_tsvector('simple',
    coalesce(search_all, '') || ' ' || regexp_replace(regexp_replace(trim(coalesce(search_all, '')),
        ' (\S+)', ' \1 \1', 'g'), '(\S+) (\S+)', '\1.\2', 'g')))) stored;
create index article_search_terms_idx on article using gin (search_terms);
drop index article_search_trgm_idx;
