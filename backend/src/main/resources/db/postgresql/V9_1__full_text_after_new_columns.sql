-- The H2 counterpart makes its full-text index again after V9; PostgreSQL's term vectors need nothing.
select 1;
