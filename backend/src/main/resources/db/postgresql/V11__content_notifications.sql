-- Several instances on one PostgreSQL: a write of what public answers are made of, by any instance (or by hand),
-- tells every instance to empty its read cache (vn.bantin.readcache.ContentNotifications), so that an edit or a
-- publication shows on the next request everywhere, not after the cache's freshness. pg_notify is delivered at
-- commit, only if the transaction commits, and repeats within one transaction are sent once. The payload is the
-- writer's application_name (each instance names its connections), so that an instance passes over its own
-- writes, whose effect on its cache it knows already. The view counts are left out (view_count is not among the
-- columns): they pour in, and public answers may lag them by seconds.
create function bantin_content_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('bantin_content', coalesce(current_setting('application_name', true), ''));
    return null;
end
$$;

create trigger article_content_changed
    after insert or delete or update of slug, title, summary, body_html, cover_image_url, cover_width, cover_height,
        status, published_at, expires_at, category_id, author_id on article
    for each statement execute function bantin_content_changed();
create trigger article_tag_changed after insert or update or delete on article_tag
    for each statement execute function bantin_content_changed();
create trigger article_slug_redirect_changed after insert or update or delete on article_slug_redirect
    for each statement execute function bantin_content_changed();
create trigger category_changed after insert or update or delete on category
    for each statement execute function bantin_content_changed();
create trigger author_changed after insert or update or delete on author
    for each statement execute function bantin_content_changed();
create trigger tag_changed after insert or update or delete on tag
    for each statement execute function bantin_content_changed();
create trigger glossary_changed after insert or update or delete on glossary
    for each statement execute function bantin_content_changed();
