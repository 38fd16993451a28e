package vn.bantin.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.bantin.common.BantinConfig;

/**
 * When no account exists, creates the first ADMIN: from BANTIN_ADMIN_USERNAME and BANTIN_ADMIN_PASSWORD, or
 * named {@code admin} with a random password printed once, here, in the start banner. Never a fixed password.
 */
@ApplicationScoped
class FirstAccount {
    private static final Logger LOG = Logger.getLogger(FirstAccount.class);
    static final String DEFAULT_USERNAME = "admin";

    private final Accounts accounts;
    private final SigningKeys keys;
    private final BantinConfig config;

    FirstAccount(Accounts accounts, SigningKeys keys, BantinConfig config) {
        this.accounts = accounts;
        this.keys = keys;
        this.config = config;
    }

    void onStart(@Observes @Priority(5) StartupEvent event) {
        keys.ensureExist();
        String username = config.auth().adminUsername().orElse(DEFAULT_USERNAME);
        String given = config.auth().adminPassword().orElse(null);
        String password = given != null ? given : Passwords.generate();
        boolean created = QuarkusTransaction.requiringNew().call(() -> {
            if (Account.count() > 0) {
                return false;
            }
            accounts.create(new AccountRequest(username, "Quản trị", password, Role.ADMIN, true));
            return true;
        });
        if (created && given == null) {
            LOG.infof(
                    "%n  First account created: username '%s', password '%s'%n"
                            + "  It is shown only this once: sign in and change it (PUT /api/v1/admin/users/{id}).",
                    username, password);
        } else if (created) {
            LOG.infof("First account '%s' created from BANTIN_ADMIN_USERNAME and BANTIN_ADMIN_PASSWORD", username);
        }
    }
}
