CREATE TABLE "models" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "models_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"subject" text DEFAULT 'collective' NOT NULL,
	"person_name" text DEFAULT '' NOT NULL,
	"registration" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"registered_on" date NOT NULL,
	"start_on" date,
	"end_on" date,
	"state" text DEFAULT 'registered' NOT NULL,
	"started_on" date,
	"recognised_level" text,
	"recognised_on" date,
	"recognition_decision" text DEFAULT '' NOT NULL,
	"replicated_on" date,
	"replication_note" text DEFAULT '' NOT NULL,
	"stopped_on" date,
	"stop_reason" text DEFAULT '' NOT NULL,
	"public_summary" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" integer,
	"search_key" text GENERATED ALWAYS AS (lower(f_unaccent(coalesce(name, '') || ' ' || coalesce(public_summary, '')))) STORED,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "models_commendations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "models_commendations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"recipient_kind" text NOT NULL,
	"recipient_name" text NOT NULL,
	"achievement" text DEFAULT '' NOT NULL,
	"level" text NOT NULL,
	"form" text NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"issuer_name" text NOT NULL,
	"signer_name" text NOT NULL,
	"signer_position" text DEFAULT '' NOT NULL,
	"model_id" integer,
	"link_kind" text,
	"link_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "models_criteria" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "models_criteria_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"guidance" text DEFAULT '' NOT NULL,
	"max_points" numeric(6, 2) NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"needs_check" boolean DEFAULT false NOT NULL,
	"used_at" timestamp with time zone,
	"previous_version_id" integer,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "models_evaluations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "models_evaluations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"model_id" integer NOT NULL,
	"evaluated_on" date NOT NULL,
	"scores" jsonb NOT NULL,
	"total" numeric(8, 2) NOT NULL,
	"max_total" numeric(8, 2) NOT NULL,
	"pass_percent" integer NOT NULL,
	"passed" boolean NOT NULL,
	"conclusion" text DEFAULT '' NOT NULL,
	"evaluator_name" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "models_results" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "models_results_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"model_id" integer NOT NULL,
	"reported_on" date NOT NULL,
	"content" text NOT NULL,
	"figures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "models_seeds" (
	"name" text PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "models_settings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "models_settings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"name" text NOT NULL,
	"value" integer NOT NULL,
	"min_value" integer DEFAULT 0 NOT NULL,
	"max_value" integer DEFAULT 100 NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"needs_check" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "models_settings_key_unique" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models_commendations" ADD CONSTRAINT "models_commendations_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models_commendations" ADD CONSTRAINT "models_commendations_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models_evaluations" ADD CONSTRAINT "models_evaluations_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models_results" ADD CONSTRAINT "models_results_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "models_unit_idx" ON "models" USING btree ("unit_id","registered_on");--> statement-breakpoint
CREATE INDEX "models_state_idx" ON "models" USING btree ("state");--> statement-breakpoint
CREATE INDEX "models_recognised_idx" ON "models" USING btree ("recognised_on");--> statement-breakpoint
CREATE INDEX "models_search_idx" ON "models" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "models_commendations_unit_idx" ON "models_commendations" USING btree ("unit_id","decision_date");--> statement-breakpoint
CREATE INDEX "models_commendations_model_idx" ON "models_commendations" USING btree ("model_id");--> statement-breakpoint
CREATE UNIQUE INDEX "models_criteria_code_version_uq" ON "models_criteria" USING btree ("code","version");--> statement-breakpoint
CREATE INDEX "models_evaluations_model_idx" ON "models_evaluations" USING btree ("model_id","evaluated_on");--> statement-breakpoint
CREATE INDEX "models_results_model_idx" ON "models_results" USING btree ("model_id","reported_on");