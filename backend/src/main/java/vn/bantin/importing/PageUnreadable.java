package vn.bantin.importing;

/** A page that is not a bulletin as the importer knows them: where (line 0 for the page as a whole) and why. */
final class PageUnreadable extends Exception {
    private final int line;

    PageUnreadable(int line, String reason) {
        super(reason);
        this.line = line;
    }

    int line() {
        return line;
    }
}
