CREATE TABLE "reporting_deadlines" (
	"period_id" integer NOT NULL,
	"level" text NOT NULL,
	"deadline" date NOT NULL,
	"remind_days_before" integer DEFAULT 5 NOT NULL,
	CONSTRAINT "reporting_deadlines_period_id_level_pk" PRIMARY KEY("period_id","level")
);
--> statement-breakpoint
CREATE TABLE "reporting_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reporting_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"comment" text,
	"section_comments" jsonb
);
--> statement-breakpoint
CREATE TABLE "reporting_indicators" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reporting_indicators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"template_id" integer NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"section_code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"type" text NOT NULL,
	"aggregation" text NOT NULL,
	"numerator_code" text,
	"denominator_code" text,
	"provider_key" text,
	"definition" text,
	"min" numeric,
	"max" numeric
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reporting_periods_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"template_id" integer NOT NULL,
	"root_unit_id" integer NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer,
	"name" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"cutoff_date" date NOT NULL,
	"required_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"required_kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" integer,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reporting_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"period_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"level" text DEFAULT 'unit' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"narratives" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"review_comments" jsonb,
	"submitted_at" timestamp with time zone,
	"first_submitted_at" timestamp with time zone,
	"submitted_by" integer,
	"accepted_at" timestamp with time zone,
	"accepted_by" integer,
	"computed_at" timestamp with time zone,
	"created_by" integer,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_templates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reporting_templates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"legal_basis" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"sections" jsonb NOT NULL,
	"rules" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"builtin" boolean DEFAULT false NOT NULL,
	"frozen_at" timestamp with time zone,
	"owner_unit_id" integer,
	"previous_version_id" integer,
	"created_by" integer,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_values" (
	"report_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"value" numeric,
	"source" text NOT NULL,
	"computed_value" numeric,
	"origin" text,
	"override_reason" text,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_values_report_id_indicator_id_pk" PRIMARY KEY("report_id","indicator_id")
);
--> statement-breakpoint
ALTER TABLE "reporting_deadlines" ADD CONSTRAINT "reporting_deadlines_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_events" ADD CONSTRAINT "reporting_events_report_id_reporting_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reporting_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_indicators" ADD CONSTRAINT "reporting_indicators_template_id_reporting_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."reporting_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_template_id_reporting_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."reporting_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_root_unit_id_org_units_id_fk" FOREIGN KEY ("root_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_reports" ADD CONSTRAINT "reporting_reports_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_reports" ADD CONSTRAINT "reporting_reports_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_templates" ADD CONSTRAINT "reporting_templates_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_values" ADD CONSTRAINT "reporting_values_report_id_reporting_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reporting_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_values" ADD CONSTRAINT "reporting_values_indicator_id_reporting_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."reporting_indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reporting_events_report_idx" ON "reporting_events" USING btree ("report_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_indicators_template_code_uq" ON "reporting_indicators" USING btree ("template_id","code");--> statement-breakpoint
CREATE INDEX "reporting_periods_root_idx" ON "reporting_periods" USING btree ("root_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_reports_period_unit_level_uq" ON "reporting_reports" USING btree ("period_id","unit_id","level");--> statement-breakpoint
CREATE INDEX "reporting_reports_period_status_idx" ON "reporting_reports" USING btree ("period_id","level","status");--> statement-breakpoint
CREATE INDEX "reporting_reports_unit_idx" ON "reporting_reports" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_templates_code_version_uq" ON "reporting_templates" USING btree ("code","version");