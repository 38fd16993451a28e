package vn.bantin.site;

/** The head of a reader page (the seam between serving the site and reading the database). */
interface PageHeadSource {
    /** Blocking: it may read the database. {@code path} is a reader route (ReaderSite's SPA_ROUTE). */
    PageHead of(String path);
}
