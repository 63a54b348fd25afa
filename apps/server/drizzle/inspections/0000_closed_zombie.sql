CREATE TABLE "inspections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inspections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"conductor_unit_id" integer NOT NULL,
	"plan_item_id" integer,
	"kind" text DEFAULT 'check' NOT NULL,
	"mode" text DEFAULT 'planned' NOT NULL,
	"title" text NOT NULL,
	"decision_number" text DEFAULT '' NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	"team" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"findings" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'ongoing' NOT NULL,
	"conclusion_number" text DEFAULT '' NOT NULL,
	"conclusion_date" date,
	"conclusion_text" text DEFAULT '' NOT NULL,
	"signer_name" text DEFAULT '' NOT NULL,
	"signer_position" text DEFAULT '' NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"public_summary" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" integer,
	"search_key" text GENERATED ALWAYS AS (lower(f_unaccent(coalesce(title, '') || ' ' || coalesce(decision_number, '') || ' ' || coalesce(conclusion_number, '')))) STORED,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections_plan_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inspections_plan_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"month" integer NOT NULL,
	"kind" text DEFAULT 'check' NOT NULL,
	"content" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections_plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inspections_plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"decision_number" text DEFAULT '' NOT NULL,
	"approved_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections_recommendations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inspections_recommendations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"inspection_id" integer NOT NULL,
	"content" text NOT NULL,
	"responsible_unit_id" integer NOT NULL,
	"due_on" date,
	"state" text DEFAULT 'open' NOT NULL,
	"done_on" date,
	"evidence" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections_violations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inspections_violations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"inspection_id" integer NOT NULL,
	"person_name" text NOT NULL,
	"person_position" text DEFAULT '' NOT NULL,
	"person_unit" text DEFAULT '' NOT NULL,
	"rule" text NOT NULL,
	"description" text NOT NULL,
	"sanction" text DEFAULT 'pending' NOT NULL,
	"sanction_decision" text DEFAULT '' NOT NULL,
	"sanction_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_conductor_unit_id_org_units_id_fk" FOREIGN KEY ("conductor_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_plan_item_id_inspections_plan_items_id_fk" FOREIGN KEY ("plan_item_id") REFERENCES "public"."inspections_plan_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections_plan_items" ADD CONSTRAINT "inspections_plan_items_plan_id_inspections_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."inspections_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections_plan_items" ADD CONSTRAINT "inspections_plan_items_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections_plans" ADD CONSTRAINT "inspections_plans_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections_recommendations" ADD CONSTRAINT "inspections_recommendations_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections_recommendations" ADD CONSTRAINT "inspections_recommendations_responsible_unit_id_org_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections_violations" ADD CONSTRAINT "inspections_violations_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspections_unit_idx" ON "inspections" USING btree ("unit_id","start_on");--> statement-breakpoint
CREATE INDEX "inspections_conductor_idx" ON "inspections" USING btree ("conductor_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_plan_item_uq" ON "inspections" USING btree ("plan_item_id") WHERE plan_item_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "inspections_search_idx" ON "inspections" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "inspections_plan_items_plan_idx" ON "inspections_plan_items" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "inspections_plans_unit_idx" ON "inspections_plans" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "inspections_recommendations_inspection_idx" ON "inspections_recommendations" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "inspections_violations_inspection_idx" ON "inspections_violations" USING btree ("inspection_id");