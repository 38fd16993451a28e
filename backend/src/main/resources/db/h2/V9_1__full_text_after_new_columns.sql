-- H2's full-text index remembers the article table as it was when the index was made: after V8 and V9 added
-- columns, its search failed ("Cannot read field schema"). Made again over the table as it is now.
CALL FT_DROP_INDEX('PUBLIC', 'ARTICLE');
CALL FT_CREATE_INDEX('PUBLIC', 'ARTICLE', 'SEARCH_ALL');
