package vn.bantin.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The request line's own mistakes as problem+json: an address that is not a URI ({@code /%zz}) is a 400, one
 * longer than {@link #MAX_URI} a 414. Quarkus would answer the first with an empty 400 before any route runs; the
 * packaged app turns that check off ({@link #DISABLE_QUARKUS_CHECK}, set by BantinMain and the test runs) so that
 * this one answers instead. The server takes request lines up to twice the limit
 * ({@code quarkus.http.limits.max-initial-line-length}) so that this filter sees the long ones; a line longer
 * still, or headers over their limit, are refused by Vert.x itself with an empty 414/431, before any of this runs.
 */
@ApplicationScoped
public class RequestLineCheck {
    /** Read by Quarkus once, as the HTTP server starts. */
    public static final String DISABLE_QUARKUS_CHECK = "vertx.disableURIValidation";
    /** The longest address answered: a search is at most 200 characters, 8 KB is what proxies commonly allow. */
    static final int MAX_URI = 8192;
    /** First of all: nothing else should read a malformed address. */
    private static final int FIRST = 500;

    void register(@Observes Filters filters) {
        filters.register(this::handle, FIRST);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        if (uri.length() > MAX_URI) {
            RouteProblems.answer(context.response(), 414, "The address is longer than " + MAX_URI + " characters");
            return;
        }
        if (!isUri(uri)) {
            RouteProblems.answer(
                    context.response(),
                    400,
                    "The address is not a valid URI (RFC 3986): a percent"
                            + " sign must start a two-digit hexadecimal escape, and spaces must be escaped");
            return;
        }
        context.next();
    }

    private static boolean isUri(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
