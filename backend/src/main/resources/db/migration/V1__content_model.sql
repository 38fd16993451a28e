-- Content model: categories, authors, tags, articles. Plain SQL valid on H2 2.x and PostgreSQL 15;
-- where the two must differ, a script goes to db/h2 or db/postgresql under the same version number.

create sequence category_seq start with 1 increment by 50;
create sequence author_seq start with 1 increment by 50;
create sequence tag_seq start with 1 increment by 50;
create sequence article_seq start with 1 increment by 50;

create table category (
    id            bigint       not null primary key,
    slug          varchar(100) not null,
    name          varchar(200) not null,
    description   varchar(2000),
    display_order integer      not null,
    version       bigint       not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    constraint category_slug_uk unique (slug)
);
create index category_order_idx on category (display_order, name);

create table author (
    id         bigint       not null primary key,
    slug       varchar(100) not null,
    name       varchar(200) not null,
    bio        varchar(4000),
    avatar_url varchar(1000),
    version    bigint       not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    constraint author_slug_uk unique (slug)
);
create index author_name_idx on author (name);

create table tag (
    id         bigint       not null primary key,
    slug       varchar(100) not null,
    name       varchar(200) not null,
    version    bigint       not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    constraint tag_slug_uk unique (slug)
);
create index tag_name_idx on tag (name);

create table article (
    id              bigint          not null primary key,
    slug            varchar(100)    not null,
    title           varchar(300)    not null,
    summary         varchar(2000),
    body_html       varchar(1000000) not null,
    cover_image_url varchar(1000),
    status          varchar(16)     not null,
    published_at    timestamp(6) with time zone,
    expires_at      timestamp(6) with time zone,
    view_count      bigint          not null,
    category_id     bigint          not null,
    author_id       bigint          not null,
    version         bigint          not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint article_slug_uk unique (slug),
    constraint article_status_ck check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    constraint article_category_fk foreign key (category_id) references category (id),
    constraint article_author_fk foreign key (author_id) references author (id)
);
-- One index per list the API offers: newest/oldest overall, per category, per author, most viewed.
create index article_published_idx on article (published_at, id);
create index article_category_published_idx on article (category_id, published_at);
create index article_author_published_idx on article (author_id, published_at);
create index article_views_idx on article (view_count, published_at);

create table article_tag (
    article_id bigint not null,
    tag_id     bigint not null,
    constraint article_tag_pk primary key (article_id, tag_id),
    constraint article_tag_article_fk foreign key (article_id) references article (id),
    constraint article_tag_tag_fk foreign key (tag_id) references tag (id)
);
create index article_tag_tag_idx on article_tag (tag_id, article_id);

-- Slugs an article had before an edit: GET on one answers 301 to the current slug.
create table article_slug_redirect (
    slug       varchar(100) not null primary key,
    article_id bigint       not null,
    created_at timestamp(6) with time zone not null,
    constraint article_slug_redirect_article_fk foreign key (article_id) references article (id)
);
create index article_slug_redirect_article_idx on article_slug_redirect (article_id);

-- Data loaded once (the committee's seed bulletin, demo bulletins): a row per load so a restart never repeats it.
create table seed_marker (
    name       varchar(100) not null primary key,
    applied_at timestamp(6) with time zone not null
);
