package vn.bantin.account;

/** What an account may do: ADMIN everything, EDITOR everything but managing accounts. */
public enum Role {
    ADMIN,
    EDITOR;

    /** For {@code @RolesAllowed}, which needs constants. */
    public static final String ADMIN_NAME = "ADMIN";

    public static final String EDITOR_NAME = "EDITOR";
}
