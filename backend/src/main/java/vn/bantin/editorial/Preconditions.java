package vn.bantin.editorial;

import vn.bantin.common.ProblemException;

/** If-Match for writes over a version: required (428), and must name the current version (412). */
final class Preconditions {
    private Preconditions() {}

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static void check(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "Saving needs If-Match with the ETag the article was read with, so no one's edit is lost");
        }
        String current = etag(currentVersion);
        for (String tag : ifMatch.split(",")) {
            if (tag.trim().equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("The article has changed since it was read: version " + currentVersion
                + " is current; load it again and merge");
    }
}
