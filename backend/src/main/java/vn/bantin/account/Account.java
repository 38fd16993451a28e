package vn.bantin.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.bantin.common.Timestamped;

/** Someone of the committee's office who signs in to write: never on the wire (see {@link AccountView}). */
@Entity
@Table(name = "app_user")
public class Account extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true, length = 50)
    public String username;

    @Column(name = "display_name", length = 200)
    public String displayName;

    /** bcrypt, by Elytron's BcryptUtil ({@link Passwords}). */
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Role role;

    @Column(nullable = false)
    public boolean enabled = true;

    /** Tokens issued under another value are refused: raising it signs the account out everywhere at once. */
    @Column(name = "session_version", nullable = false)
    public long sessionVersion;

    /** Ends every token issued so far. */
    void endSessions() {
        sessionVersion++;
    }
}
