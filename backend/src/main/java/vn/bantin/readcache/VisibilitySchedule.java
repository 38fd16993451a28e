package vn.bantin.readcache;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.jboss.logging.Logger;
import vn.bantin.listing.Visibility;

/**
 * When the public view next changes by itself: the earliest future publication time or expiry of any article
 * that the public could see. A cached answer must not outlive that moment, or a scheduled bulletin would appear
 * late. One small query, asked again only after content changes or once that moment has passed.
 */
@ApplicationScoped
class VisibilitySchedule {
    private static final Logger LOG = Logger.getLogger(VisibilitySchedule.class);
    private static final String PUBLIC = Visibility.statusIn("status", Visibility.PUBLIC_STATUSES);
    private static final String NEXT_CHANGE = "select min(t) from ("
            + " select min(published_at) t from article where " + PUBLIC + " and published_at > ?"
            + " union all"
            + " select min(expires_at) t from article where " + PUBLIC + " and expires_at > ?) next_change";

    private record Known(long generation, long nextChangeMillis) {}

    private final AgroalDataSource dataSource;
    private volatile Known known = new Known(-1, 0);

    VisibilitySchedule(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The next moment (epoch millis) at which some article appears or disappears; Long.MAX_VALUE if none. */
    long nextChangeMillis(long generation, long nowMillis) {
        Known current = known;
        if (current.generation() == generation && current.nextChangeMillis() > nowMillis) {
            return current.nextChangeMillis();
        }
        long next = query(nowMillis);
        known = new Known(generation, next);
        return next;
    }

    private long query(long nowMillis) {
        Timestamp now = new Timestamp(nowMillis);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(NEXT_CHANGE)) {
            select.setTimestamp(1, now);
            select.setTimestamp(2, now);
            try (ResultSet row = select.executeQuery()) {
                Timestamp next = row.next() ? row.getTimestamp(1) : null;
                return next == null ? Long.MAX_VALUE : next.toInstant().toEpochMilli();
            }
        } catch (SQLException e) {
            // Not knowing the schedule, cache nothing rather than risk serving a bulletin late.
            LOG.warnf("Answers go uncached: the next scheduled change could not be read (%s)", e.getMessage());
            return nowMillis;
        }
    }
}
