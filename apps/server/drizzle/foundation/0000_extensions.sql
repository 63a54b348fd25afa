-- Vietnamese search: trigram index over an unaccented, lower-cased key.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- unaccent() is STABLE (it reads a dictionary), so it cannot back a generated column or an index.
-- This wrapper names the dictionary explicitly and composes to NFC first, so NFD input ("ê" typed as
-- e + combining circumflex) gives the same key. đ/Đ are mapped by the unaccent rules.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, normalize($1, NFC)) $$;
