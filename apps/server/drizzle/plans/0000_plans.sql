CREATE TABLE "plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"number_symbol" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"issuer_name" text NOT NULL,
	"issuer_parent" text,
	"place" text DEFAULT '' NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"purposes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"requirements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"closing" text DEFAULT '' NOT NULL,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"signer_authority" text DEFAULT '' NOT NULL,
	"signer_position" text DEFAULT '' NOT NULL,
	"signer_name" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"issued_on" date,
	"issued_at" timestamp with time zone,
	"issued_by" integer,
	"parent_plan_id" integer,
	"theme_id" integer,
	"movement_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"guiding_document_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"required_selector" jsonb,
	"required_due" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search_key" text GENERATED ALWAYS AS (lower(f_unaccent(coalesce(number_symbol, '') || ' ' || coalesce(title, '')))) STORED,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_guiding_documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plans_guiding_documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"number_symbol" text NOT NULL,
	"issued_on" date NOT NULL,
	"issuer" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"shared_with_subunits" boolean DEFAULT true NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search_key" text GENERATED ALWAYS AS (lower(f_unaccent(coalesce(number_symbol, '') || ' ' || coalesce(title, '') || ' ' || coalesce(issuer, '') || ' ' || coalesce(summary, '')))) STORED,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_leaders" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plans_leaders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"leader_name" text NOT NULL,
	"position" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"decision_issuer" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search_key" text GENERATED ALWAYS AS (lower(f_unaccent(coalesce(leader_name, '') || ' ' || coalesce(position, '') || ' ' || coalesce(decision_number, '')))) STORED,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_movements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plans_movements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"requirements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"guiding_document_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_required_units" (
	"plan_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "plans_required_units_plan_id_unit_id_pk" PRIMARY KEY("plan_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "plans_task_assignments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plans_task_assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"task_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"period_due" date NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"completed_on" date,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_tasks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plans_tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"code" text DEFAULT '' NOT NULL,
	"section_number" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"lead_unit_id" integer,
	"coordinating_unit_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"assign_selector" jsonb NOT NULL,
	"recurrence" text DEFAULT 'none' NOT NULL,
	"due_date" date,
	"expected_product" text DEFAULT '' NOT NULL,
	"guiding_document_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_themes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plans_themes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"contents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"guiding_document_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_parent_plan_id_plans_id_fk" FOREIGN KEY ("parent_plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_theme_id_plans_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."plans_themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_guiding_documents" ADD CONSTRAINT "plans_guiding_documents_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_leaders" ADD CONSTRAINT "plans_leaders_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_movements" ADD CONSTRAINT "plans_movements_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_required_units" ADD CONSTRAINT "plans_required_units_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_required_units" ADD CONSTRAINT "plans_required_units_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_task_assignments" ADD CONSTRAINT "plans_task_assignments_task_id_plans_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plans_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_task_assignments" ADD CONSTRAINT "plans_task_assignments_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_tasks" ADD CONSTRAINT "plans_tasks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_tasks" ADD CONSTRAINT "plans_tasks_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_tasks" ADD CONSTRAINT "plans_tasks_lead_unit_id_org_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_themes" ADD CONSTRAINT "plans_themes_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plans_unit_year_idx" ON "plans" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "plans_parent_idx" ON "plans" USING btree ("parent_plan_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_issued_child_uq" ON "plans" USING btree ("parent_plan_id","unit_id") WHERE status = 'issued' and parent_plan_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "plans_issued_number_uq" ON "plans" USING btree ("unit_id","year","number_symbol") WHERE status = 'issued' and number_symbol <> '';--> statement-breakpoint
CREATE INDEX "plans_search_idx" ON "plans" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "plans_guiding_documents_unit_number_uq" ON "plans_guiding_documents" USING btree ("unit_id","number_symbol","issued_on");--> statement-breakpoint
CREATE INDEX "plans_guiding_documents_issued_idx" ON "plans_guiding_documents" USING btree ("issued_on");--> statement-breakpoint
CREATE INDEX "plans_guiding_documents_search_idx" ON "plans_guiding_documents" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "plans_leaders_unit_idx" ON "plans_leaders" USING btree ("unit_id","from_date");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_movements_unit_code_uq" ON "plans_movements" USING btree ("unit_id","code");--> statement-breakpoint
CREATE INDEX "plans_required_units_unit_idx" ON "plans_required_units" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_task_assignments_task_unit_due_uq" ON "plans_task_assignments" USING btree ("task_id","unit_id","period_due");--> statement-breakpoint
CREATE INDEX "plans_task_assignments_unit_due_idx" ON "plans_task_assignments" USING btree ("unit_id","period_due");--> statement-breakpoint
CREATE INDEX "plans_task_assignments_open_due_idx" ON "plans_task_assignments" USING btree ("period_due") WHERE status in ('not_started', 'in_progress');--> statement-breakpoint
CREATE INDEX "plans_tasks_plan_idx" ON "plans_tasks" USING btree ("plan_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_themes_unit_year_uq" ON "plans_themes" USING btree ("unit_id","year");