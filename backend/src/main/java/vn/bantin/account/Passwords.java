package vn.bantin.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** Password hashing is Elytron's bcrypt; this only fixes its cost and the rules a new password must meet. */
public final class Passwords {
    /** bcrypt's cost: about 60 ms a check on the 2-core benchmark machine, slow enough to hurt guessing. */
    static final int COST = 10;

    static final int MIN_LENGTH = 10;
    /** bcrypt reads 72 bytes at most: a longer password would be cut silently, so it is refused instead. */
    static final int MAX_BYTES = 72;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /**
     * Checked when the username is unknown, so that a wrong username costs the same bcrypt check as a wrong
     * password and the answer's timing does not tell which it was.
     */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash(generate(), COST);

    private Passwords() {}

    static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    static boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash == null ? DUMMY_HASH : hash);
    }

    /** Why a new password is refused, or null when it is acceptable. */
    static String problemWith(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "must be at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "must be at most " + MAX_BYTES + " bytes in UTF-8";
        }
        return null;
    }

    /** A random password of 20 characters that are not easily confused (no 0/O, 1/l/I). */
    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
