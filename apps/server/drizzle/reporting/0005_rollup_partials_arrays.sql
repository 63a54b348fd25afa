CREATE TABLE "reporting_rollup_partials" (
	"period_id" integer NOT NULL,
	"part_id" integer NOT NULL,
	"statuses" text NOT NULL,
	"slice" text NOT NULL,
	"indicator_ids" integer[] NOT NULL,
	"n" integer[] NOT NULL,
	"s" numeric[] NOT NULL,
	"mn" numeric[] NOT NULL,
	"mx" numeric[] NOT NULL,
	"last_at" numeric[] NOT NULL,
	"last_report" numeric[] NOT NULL,
	"last_value" numeric[] NOT NULL,
	CONSTRAINT "reporting_rollup_partials_period_id_part_id_statuses_slice_pk" PRIMARY KEY("period_id","part_id","statuses","slice")
);
--> statement-breakpoint
ALTER TABLE "reporting_rollup_partials" ADD CONSTRAINT "reporting_rollup_partials_part_fk" FOREIGN KEY ("period_id","part_id","statuses") REFERENCES "public"."reporting_rollup_parts"("period_id","part_id","statuses") ON DELETE cascade ON UPDATE no action;