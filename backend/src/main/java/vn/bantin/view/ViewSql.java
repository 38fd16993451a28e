package vn.bantin.view;

/**
 * The statements of the view counters that the two databases spell differently: adding to a row that may not
 * exist yet. One implementation per database, chosen when the app is built with its database kind.
 */
interface ViewSql {
    /** Adds to an article's pending views, creating its row if needed; parameters: views, article id. */
    String addPending();

    /** Adds to the row of an article and day, creating it if needed; parameters: article id, date, views. */
    String addToDay();
}
