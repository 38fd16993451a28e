package vn.bantin.common;

import java.util.List;

/** What every paged list answers; each list has its own record so that the OpenAPI schema names its items. */
public interface Paged<T> {
    List<T> items();

    int page();

    int size();

    long totalItems();

    int totalPages();
}
