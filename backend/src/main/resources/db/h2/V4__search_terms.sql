-- PostgreSQL's V4 replaces its trigram index with a tsvector of words and word pairs; H2 keeps its full-text
-- index (V3_1).
select 1;
