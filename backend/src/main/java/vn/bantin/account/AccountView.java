package vn.bantin.account;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "User", description = "An account of the editorial API")
public record AccountView(
        @Schema(examples = "1") long id,
        @Schema(examples = "van.tan") String username,
        @Schema(nullable = true, examples = "Văn Tân") String displayName,
        Role role,

        @Schema(description = "A disabled account cannot sign in, and its tokens are refused")
        boolean enabled,

        @Schema(examples = "2024-07-10T14:49:00+07:00") OffsetDateTime createdAt) {

    static AccountView of(Account a) {
        return new AccountView(
                a.id, a.username, a.displayName, a.role, a.enabled, vn.bantin.common.Hanoi.toOffset(a.createdAt));
    }
}
