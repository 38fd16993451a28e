-- Trigram index: a LIKE '% word %' on search_all is answered from it instead of reading every article.
create extension if not exists pg_trgm;
create index article_search_trgm_idx on article using gin (search_all gin_trgm_ops);
