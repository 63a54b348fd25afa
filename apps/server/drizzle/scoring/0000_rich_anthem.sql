CREATE TABLE "scoring_assessments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scoring_assessments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"round_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"self_total" numeric(8, 2) DEFAULT 0 NOT NULL,
	"appraised_total" numeric(8, 2),
	"final_total" numeric(8, 2),
	"disqualified" boolean DEFAULT false NOT NULL,
	"disqualify_reason" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" integer,
	"appraised_at" timestamp with time zone,
	"explain_until" date,
	"explained_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_band_schemes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scoring_band_schemes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"bands" jsonb NOT NULL,
	"cap" jsonb,
	"basis" text DEFAULT '' NOT NULL,
	"needs_check" boolean DEFAULT false NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_comments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scoring_comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assessment_id" integer NOT NULL,
	"author_id" integer,
	"author_unit_id" integer,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scoring_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assessment_id" integer NOT NULL,
	"criterion_code" text NOT NULL,
	"sort_order" integer NOT NULL,
	"proposal" jsonb,
	"self_score" numeric(8, 2),
	"self_reason" text DEFAULT '' NOT NULL,
	"evidence_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"appraised_score" numeric(8, 2),
	"appraisal_comment" text DEFAULT '' NOT NULL,
	"explanation" text DEFAULT '' NOT NULL,
	"final_score" numeric(8, 2),
	"decision_comment" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_rounds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scoring_rounds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"set_id" integer NOT NULL,
	"group_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"submit_deadline" date NOT NULL,
	"explain_days" integer DEFAULT 5 NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"decision_number" text DEFAULT '' NOT NULL,
	"decision_date" date,
	"signer_name" text DEFAULT '' NOT NULL,
	"signer_position" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_sets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scoring_sets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"set_version" integer DEFAULT 1 NOT NULL,
	"previous_version_id" integer,
	"band_scheme_id" integer NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"needs_check" boolean DEFAULT false NOT NULL,
	"content" jsonb NOT NULL,
	"max_total" numeric(8, 2) NOT NULL,
	"used_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "scoring_assessments" ADD CONSTRAINT "scoring_assessments_round_id_scoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."scoring_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_assessments" ADD CONSTRAINT "scoring_assessments_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_comments" ADD CONSTRAINT "scoring_comments_assessment_id_scoring_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."scoring_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_items" ADD CONSTRAINT "scoring_items_assessment_id_scoring_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."scoring_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_rounds" ADD CONSTRAINT "scoring_rounds_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_rounds" ADD CONSTRAINT "scoring_rounds_set_id_scoring_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."scoring_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_sets" ADD CONSTRAINT "scoring_sets_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_sets" ADD CONSTRAINT "scoring_sets_band_scheme_id_scoring_band_schemes_id_fk" FOREIGN KEY ("band_scheme_id") REFERENCES "public"."scoring_band_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_assessments_round_unit_uq" ON "scoring_assessments" USING btree ("round_id","unit_id");--> statement-breakpoint
CREATE INDEX "scoring_assessments_unit_idx" ON "scoring_assessments" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_band_schemes_code_uq" ON "scoring_band_schemes" USING btree ("code");--> statement-breakpoint
CREATE INDEX "scoring_comments_assessment_idx" ON "scoring_comments" USING btree ("assessment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_items_assessment_code_uq" ON "scoring_items" USING btree ("assessment_id","criterion_code");--> statement-breakpoint
CREATE INDEX "scoring_rounds_unit_idx" ON "scoring_rounds" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "scoring_sets_unit_idx" ON "scoring_sets" USING btree ("unit_id","year");