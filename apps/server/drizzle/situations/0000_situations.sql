CREATE TABLE "situations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "situations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"place" text NOT NULL,
	"place_unit_id" integer,
	"topic" text NOT NULL,
	"level" text DEFAULT 'normal' NOT NULL,
	"summary" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"noted_on" date NOT NULL,
	"state" text DEFAULT 'monitoring' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" integer,
	"search_key" text GENERATED ALWAYS AS (lower(f_unaccent(coalesce(place, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(source, '')))) STORED,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "situations_follow_ups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "situations_follow_ups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"situation_id" integer NOT NULL,
	"action" text NOT NULL,
	"assignee" text NOT NULL,
	"due_date" date NOT NULL,
	"state" text DEFAULT 'not_started' NOT NULL,
	"done_on" date,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "situations" ADD CONSTRAINT "situations_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situations" ADD CONSTRAINT "situations_place_unit_id_org_units_id_fk" FOREIGN KEY ("place_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situations_follow_ups" ADD CONSTRAINT "situations_follow_ups_situation_id_situations_id_fk" FOREIGN KEY ("situation_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "situations_unit_noted_idx" ON "situations" USING btree ("unit_id","noted_on");--> statement-breakpoint
CREATE INDEX "situations_noted_idx" ON "situations" USING btree ("noted_on");--> statement-breakpoint
CREATE INDEX "situations_place_unit_idx" ON "situations" USING btree ("place_unit_id");--> statement-breakpoint
CREATE INDEX "situations_search_idx" ON "situations" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "situations_follow_ups_situation_idx" ON "situations_follow_ups" USING btree ("situation_id");--> statement-breakpoint
CREATE INDEX "situations_follow_ups_open_due_idx" ON "situations_follow_ups" USING btree ("due_date") WHERE state <> 'done';