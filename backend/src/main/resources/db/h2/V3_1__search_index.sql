-- H2's built-in full-text index (triggers keep an inverted word index of search_all); a search narrows its
-- candidates with FT_SEARCH_DATA before checking phrases with LIKE.
CREATE ALIAS IF NOT EXISTS FT_INIT FOR 'org.h2.fulltext.FullText.init';
CALL FT_INIT();
CALL FT_CREATE_INDEX('PUBLIC', 'ARTICLE', 'SEARCH_ALL');
