-- The partial aggregates are a cache: their new layout starts empty, and so do the parts they belonged to
-- (a part stored without its aggregates would read as zero).
DROP TABLE "reporting_rollup_partials" CASCADE;
--> statement-breakpoint
DELETE FROM "reporting_rollup_parts";
