package vn.bantin.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A valid signature is not enough: the token's account must still exist, be enabled, and not have ended its
 * sessions (password or role changed, disabled) since the token was issued. One primary-key read per editorial
 * request, so that this holds at once and on every instance, which a cache could not promise.
 */
@ApplicationScoped
class CurrentSessions implements SecurityIdentityAugmentor {
    private final Accounts accounts;

    CurrentSessions(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (!current(token)) {
                throw new AuthenticationFailedException("The session has ended");
            }
            return identity;
        });
    }

    private boolean current(JsonWebToken token) {
        // Claims of its own come back as JSON-P values.
        Object claim = token.getClaim(Tokens.SESSION_VERSION);
        Long version = claim instanceof jakarta.json.JsonNumber json
                ? Long.valueOf(json.longValue())
                : claim instanceof Number number ? Long.valueOf(number.longValue()) : null;
        if (token.getSubject() == null || version == null) {
            return false;
        }
        long accountId;
        try {
            accountId = Long.parseLong(token.getSubject());
        } catch (NumberFormatException e) {
            return false;
        }
        return QuarkusTransaction.requiringNew().call(() -> accounts.isCurrent(accountId, version));
    }
}
