-- Media: photos and documents, stored in the database so that instances stay stateless and a backup holds them.
-- bytea is PostgreSQL's binary type and an alias of VARBINARY in H2.
create sequence media_seq start with 1 increment by 50;

create table media (
    id           bigint       not null primary key,
    -- The public file name of the stored original: a prefix of the content hash and the stored type's extension.
    name         varchar(100) not null,
    content_type varchar(50)  not null,
    bytes        bigint       not null,
    width        integer,
    height       integer,
    -- As uploaded (Vietnamese kept), for display and Content-Disposition; never used as a path.
    file_name    varchar(300) not null,
    -- Of the uploaded bytes: the same bytes uploaded twice are one medium.
    sha256       varchar(64)  not null,
    created_by   varchar(50)  not null,
    created_at   timestamp(6) with time zone not null,
    constraint media_name_uk unique (name),
    constraint media_sha256_uk unique (sha256)
);
create index media_created_idx on media (created_at, id);

-- The stored files of a medium: its original (metadata removed) and its narrower variants.
create table media_file (
    name         varchar(120) not null primary key,
    media_id     bigint       not null,
    content_type varchar(50)  not null,
    width        integer,
    bytes        bigint       not null,
    data         bytea        not null,
    constraint media_file_media_fk foreign key (media_id) references media (id) on delete cascade
);
create index media_file_media_idx on media_file (media_id);

-- The size of an article's cover when it is one of our media, for the reader's srcset without another query.
alter table article add column cover_width integer;
alter table article add column cover_height integer;
