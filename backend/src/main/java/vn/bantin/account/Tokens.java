package vn.bantin.account;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.bantin.common.BantinConfig;

/**
 * Issues the tokens of a sign-in. The access token is a JWT of {@link BantinConfig.Auth#accessTokenLifetime()}
 * carrying the account's id, role and session version; the refresh token is random, stored as its hash, works
 * once, and is replaced by the next until the sign-in ends. Presenting a replaced one ends the whole sign-in.
 */
@ApplicationScoped
public class Tokens {
    static final String ISSUER = "bantin";
    /** The claim that carries {@link Account#sessionVersion}. */
    static final String SESSION_VERSION = "sv";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKeys keys;
    private final Clock clock;
    private final Duration accessLifetime;
    private final Duration sessionLifetime;

    Tokens(SigningKeys keys, Clock clock, BantinConfig config) {
        this.keys = keys;
        this.clock = clock;
        this.accessLifetime = config.auth().accessTokenLifetime();
        this.sessionLifetime = config.auth().sessionLifetime();
    }

    /** A new sign-in of an account whose password was just checked. */
    @Transactional
    public TokenAnswer signIn(Account account) {
        return issue(account, UUID.randomUUID().toString(), clock.instant().plus(sessionLifetime));
    }

    /** The next tokens of a sign-in, or empty when the refresh token is unknown, used, expired or outdated. */
    @Transactional
    public Optional<TokenAnswer> refresh(String refreshToken) {
        RefreshToken stored = refreshToken == null ? null : RefreshToken.findById(hash(refreshToken));
        if (stored == null) {
            return Optional.empty();
        }
        if (stored.replaced) {
            endFamily(stored.family);
            return Optional.empty();
        }
        Account account = Account.findById(stored.accountId);
        if (account == null
                || !account.enabled
                || account.sessionVersion != stored.sessionVersion
                || !stored.expiresAt.isAfter(clock.instant())) {
            endFamily(stored.family);
            return Optional.empty();
        }
        // Only one of two concurrent refreshes with the same token may win: the other finds it replaced.
        int won = RefreshToken.update("replaced = true where tokenHash = ?1 and replaced = false", stored.tokenHash);
        if (won == 0) {
            return Optional.empty();
        }
        return Optional.of(issue(account, stored.family, stored.expiresAt));
    }

    /** Ends the sign-in the refresh token belongs to. */
    @Transactional
    public void signOut(String refreshToken) {
        RefreshToken stored = refreshToken == null ? null : RefreshToken.findById(hash(refreshToken));
        if (stored != null) {
            endFamily(stored.family);
        }
    }

    private TokenAnswer issue(Account account, String family, Instant sessionEnd) {
        Instant now = clock.instant();
        String access = Jwt.issuer(ISSUER)
                .subject(String.valueOf(account.id))
                .upn(account.username)
                .groups(Set.of(account.role.name()))
                .claim(SESSION_VERSION, account.sessionVersion)
                .issuedAt(now)
                .expiresAt(now.plus(accessLifetime))
                .sign(keys.signingKey());

        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        RefreshToken stored = new RefreshToken();
        stored.tokenHash = hash(refresh);
        stored.family = family;
        stored.accountId = account.id;
        stored.sessionVersion = account.sessionVersion;
        stored.expiresAt = sessionEnd;
        stored.createdAt = now;
        stored.persist();
        return new TokenAnswer(
                access,
                "Bearer",
                accessLifetime.toSeconds(),
                refresh,
                Math.max(0, Duration.between(now, sessionEnd).toSeconds()));
    }

    private static void endFamily(String family) {
        RefreshToken.delete("family", family);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
