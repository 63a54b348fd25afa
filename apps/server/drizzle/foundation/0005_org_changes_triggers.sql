-- Every statement that inserts, updates, deletes or truncates rows of the org tree's tables adds one
-- row to org_changes (statement-level: an import of 4,000 units is one row). Inserts only: concurrent
-- writers never wait for each other here, and the count of committed rows, which only grows, names
-- the committed state of the tree that caches of what is derived from it are kept under; with this
-- database's own token (org_tree_token), drawn once here.
INSERT INTO org_tree_token DEFAULT VALUES;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION org_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO org_changes DEFAULT VALUES;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER org_units_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_units
  FOR EACH STATEMENT EXECUTE FUNCTION org_tree_changed();
--> statement-breakpoint
CREATE TRIGGER org_groups_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_groups
  FOR EACH STATEMENT EXECUTE FUNCTION org_tree_changed();
--> statement-breakpoint
CREATE TRIGGER org_unit_groups_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_unit_groups
  FOR EACH STATEMENT EXECUTE FUNCTION org_tree_changed();
--> statement-breakpoint
CREATE TRIGGER org_successions_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_successions
  FOR EACH STATEMENT EXECUTE FUNCTION org_tree_changed();
