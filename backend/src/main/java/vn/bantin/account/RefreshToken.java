package vn.bantin.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One refresh token of a sign-in, kept as its hash only (V8). */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends PanacheEntityBase {
    @Id
    @Column(name = "token_hash", length = 64)
    public String tokenHash;

    /** Every token that descends from one sign-in by refreshing. */
    @Column(nullable = false, length = 36)
    public String family;

    @Column(name = "user_id", nullable = false)
    public long accountId;

    @Column(name = "session_version", nullable = false)
    public long sessionVersion;

    /** The end of the sign-in: refreshing never moves it. */
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(nullable = false)
    public boolean replaced;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
