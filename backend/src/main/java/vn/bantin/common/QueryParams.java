package vn.bantin.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Parses raw query parameters and collects every mistake, so that one 400 names all of them. Parameters arrive
 * as strings because a failed JAX-RS conversion of a query parameter would be a 404 without field details.
 */
public final class QueryParams {
    private static final java.util.regex.Pattern FOUR_DIGIT_DATE =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final List<FieldError> errors = new ArrayList<>();

    public int integer(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(
                name,
                max == Integer.MAX_VALUE
                        ? "must be a whole number of at least " + min
                        : "must be a whole number from " + min + " to " + max));
        return defaultValue;
    }

    public LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        // Four-digit years only: ISO also reads "+999999999-12-31", whose next day overflows.
        if (!FOUR_DIGIT_DATE.matcher(raw.trim()).matches()) {
            errors.add(new FieldError(name, "must be a date as YYYY-MM-DD"));
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    /** One of a fixed set of words, read by {@code parse}, which answers null for an unknown one. */
    public <T> T word(String name, String raw, T defaultValue, Function<String, T> parse, String allowed) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        T value = parse.apply(raw.trim());
        if (value == null) {
            errors.add(new FieldError(name, "must be one of " + allowed));
            return defaultValue;
        }
        return value;
    }

    public void reject(String name, String message) {
        errors.add(new FieldError(name, message));
    }

    /** Blank filters mean no filter. */
    public static String optional(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(List.copyOf(errors));
        }
    }
}
