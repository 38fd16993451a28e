-- Editorial half: accounts, the refresh tokens of their sessions, and the revisions of articles.
-- Plain SQL valid on H2 2.x and PostgreSQL 15 (text is a CLOB on H2).

create sequence app_user_seq start with 1 increment by 50;

create table app_user (
    id              bigint       not null primary key,
    username        varchar(50)  not null,
    display_name    varchar(200),
    password_hash   varchar(100) not null,
    role            varchar(16)  not null,
    enabled         boolean      not null,
    -- Raised by a password change, a role change or disabling: access and refresh tokens carry the value they
    -- were issued under, and one that no longer matches is refused at once.
    session_version bigint       not null,
    version         bigint       not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint app_user_username_uk unique (username),
    constraint app_user_role_ck check (role in ('ADMIN', 'EDITOR'))
);

-- A refresh token is kept only as its SHA-256; every use replaces it by a new one of the same family (one
-- sign-in), and the reuse of a replaced one ends the whole family: it was stolen, or the client is confused.
create table refresh_token (
    token_hash      varchar(64)  not null primary key,
    family          varchar(36)  not null,
    user_id         bigint       not null,
    session_version bigint       not null,
    expires_at      timestamp(6) with time zone not null,
    replaced        boolean      not null,
    created_at      timestamp(6) with time zone not null,
    constraint refresh_token_user_fk foreign key (user_id) references app_user (id) on delete cascade
);
create index refresh_token_family_idx on refresh_token (family);
create index refresh_token_user_idx on refresh_token (user_id);

-- The state of an article before each save: who saved over it and when, and the whole article as JSON.
create table article_revision (
    article_id bigint       not null,
    version    bigint       not null,
    title      varchar(300) not null,
    edited_by  varchar(50)  not null,
    edited_at  timestamp(6) with time zone not null,
    article    text         not null,
    constraint article_revision_pk primary key (article_id, version),
    constraint article_revision_article_fk foreign key (article_id) references article (id)
);

-- Who made the article's current state (null for what was loaded at start), so that a revision can say who
-- wrote the state it keeps.
alter table article add column updated_by varchar(50);
