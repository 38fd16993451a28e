package vn.bantin.common;

/** A 1-based page of a list; the contract allows sizes 1..100. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public static PageRequest parse(QueryParams params, String page, String size) {
        return new PageRequest(
                params.integer("page", page, 1, 1, Integer.MAX_VALUE),
                params.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    public int totalPages(long totalItems) {
        return (int) ((totalItems + size - 1) / size);
    }
}
