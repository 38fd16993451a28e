package vn.bantin.view;

/** A visible article a view names: its id and its exact count before the batch. */
record ResolvedArticle(long id, long views) {}
