package vn.bantin.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.bantin.common.FieldError;
import vn.bantin.common.ProblemException;

/** Accounts: signing in, and their management by an ADMIN. */
@ApplicationScoped
public class Accounts {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");

    private final SignInGuard guard;
    private final Tokens tokens;

    Accounts(SignInGuard guard, Tokens tokens) {
        this.guard = guard;
        this.tokens = tokens;
    }

    /**
     * Tokens for a correct username and password. Every failure, whether the username exists or not, costs one
     * bcrypt check and answers the same 401.
     */
    public TokenAnswer signIn(String username, String password) {
        String name = normalise(username);
        SignInGuard.Attempt attempt = guard.begin(name);
        boolean success = false;
        try {
            Account account = Account.<Account>find("username", name).firstResult();
            boolean matches = Passwords.matches(password, account == null ? null : account.passwordHash);
            success = matches && account.enabled;
            if (!success) {
                throw ProblemException.unauthorized("The username or password is not correct");
            }
            return tokens.signIn(account);
        } finally {
            if (success) {
                attempt.succeeded();
            } else {
                attempt.failed();
            }
        }
    }

    public List<AccountView> list() {
        return Account.<Account>list("order by username").stream()
                .map(AccountView::of)
                .toList();
    }

    public Optional<AccountView> find(long id) {
        return Account.<Account>findByIdOptional(id).map(AccountView::of);
    }

    @Transactional
    public AccountView create(AccountRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String username = normalise(request.username());
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "must be 3 to 50 of a-z, 0-9, '.', '_', '-'"));
        } else if (Account.count("username", username) > 0) {
            errors.add(new FieldError("username", "is taken"));
        }
        String passwordProblem = Passwords.problemWith(request.password());
        if (passwordProblem != null) {
            errors.add(new FieldError("password", passwordProblem));
        }
        checkDisplayName(request.displayName(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Account account = new Account();
        account.username = username;
        account.displayName = blankToNull(request.displayName());
        account.passwordHash = Passwords.hash(request.password());
        account.role = request.role() == null ? Role.EDITOR : request.role();
        account.enabled = request.enabled() == null || request.enabled();
        account.persist();
        return AccountView.of(account);
    }

    /** Updates an account; a new password, another role or disabling ends its sessions at once. */
    @Transactional
    public Optional<AccountView> update(long id, AccountRequest request, String actingUsername) {
        Account account = Account.findById(id);
        if (account == null) {
            return Optional.empty();
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.username() != null && !normalise(request.username()).equals(account.username)) {
            errors.add(new FieldError("username", "cannot change"));
        }
        String passwordProblem = request.password() == null ? null : Passwords.problemWith(request.password());
        if (passwordProblem != null) {
            errors.add(new FieldError("password", passwordProblem));
        }
        checkDisplayName(request.displayName(), errors);
        Role role = request.role() == null ? account.role : request.role();
        boolean enabled = request.enabled() == null ? account.enabled : request.enabled();
        if (account.username.equals(actingUsername) && (role != Role.ADMIN || !enabled)) {
            errors.add(new FieldError(
                    role != Role.ADMIN ? "role" : "enabled",
                    "an ADMIN cannot take away their own rights; another ADMIN can"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        boolean endSessions = request.password() != null || role != account.role || enabled != account.enabled;
        account.displayName = blankToNull(request.displayName());
        if (request.password() != null) {
            account.passwordHash = Passwords.hash(request.password());
        }
        account.role = role;
        account.enabled = enabled;
        if (endSessions) {
            account.endSessions();
            RefreshToken.delete("accountId", account.id);
        }
        return Optional.of(AccountView.of(account));
    }

    /** Deletes an account (its tokens end with it); false if there is none. */
    @Transactional
    public boolean delete(long id, String actingUsername) {
        Account account = Account.findById(id);
        if (account == null) {
            return false;
        }
        if (account.username.equals(actingUsername)) {
            throw ProblemException.conflict("An ADMIN cannot delete their own account; another ADMIN can");
        }
        RefreshToken.delete("accountId", account.id);
        account.delete();
        return true;
    }

    /** Whether an access token's account still exists, is enabled and has not ended its sessions since. */
    boolean isCurrent(long accountId, long sessionVersion) {
        return Account.<Account>findByIdOptional(accountId)
                .filter(a -> a.enabled && a.sessionVersion == sessionVersion)
                .isPresent();
    }

    private static void checkDisplayName(String displayName, List<FieldError> errors) {
        if (displayName != null && displayName.length() > 200) {
            errors.add(new FieldError("displayName", "must be at most 200 characters"));
        }
    }

    private static String normalise(String username) {
        return username == null
                ? null
                : Normalizer.normalize(username.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
