CREATE TABLE "reporting_rollup_partials" (
	"period_id" integer NOT NULL,
	"part_id" integer NOT NULL,
	"statuses" text NOT NULL,
	"slice" text NOT NULL,
	"indicator_id" integer NOT NULL,
	"n" integer NOT NULL,
	"s" numeric,
	"mn" numeric,
	"mx" numeric,
	"last_key" numeric[],
	CONSTRAINT "reporting_rollup_partials_period_id_part_id_statuses_slice_indicator_id_pk" PRIMARY KEY("period_id","part_id","statuses","slice","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "reporting_rollup_parts" (
	"period_id" integer NOT NULL,
	"part_id" integer NOT NULL,
	"statuses" text NOT NULL,
	"fingerprint" text NOT NULL,
	"reports" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_rollup_parts_period_id_part_id_statuses_pk" PRIMARY KEY("period_id","part_id","statuses")
);
--> statement-breakpoint
ALTER TABLE "reporting_rollup_partials" ADD CONSTRAINT "reporting_rollup_partials_part_fk" FOREIGN KEY ("period_id","part_id","statuses") REFERENCES "public"."reporting_rollup_parts"("period_id","part_id","statuses") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_rollup_parts" ADD CONSTRAINT "reporting_rollup_parts_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE cascade ON UPDATE no action;