-- Importing an old portal's pages. Plain SQL valid on H2 2.x and PostgreSQL 15 (text is a CLOB on H2).

-- Each imported page by its stable key (its path in the folder): the article it became, the hash of what was
-- read from it (a changed page updates its article), and the portal's view count then (only its growth is added).
create table import_source (
    source_key   varchar(1000) not null primary key,
    article_id   bigint        not null,
    content_hash varchar(64)   not null,
    view_count   bigint        not null,
    imported_at  timestamp(6) with time zone not null,
    constraint import_source_article_fk foreign key (article_id) references article (id)
);
create index import_source_article_idx on import_source (article_id);

-- Imports started through the API: their state and report as JSON, written as they go, so that any instance can
-- answer the polling and a restart leaves a trace of what was done.
create table import_job (
    id          varchar(36)  not null primary key,
    file_name   varchar(300),
    started_by  varchar(50)  not null,
    state       varchar(16)  not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    report      text         not null,
    -- Why a job stopped before its end (the zip could not be read): pages that fail are in the report.
    error       varchar(2000),
    constraint import_job_state_ck check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'INTERRUPTED'))
);
