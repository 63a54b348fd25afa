CREATE TABLE "answers_comment_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "answers_comment_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"comment_id" integer NOT NULL,
	"reporter_key" text NOT NULL,
	"reason" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "answers_comments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "answers_comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"source_id" integer NOT NULL,
	"author_name" text DEFAULT '' NOT NULL,
	"text" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"reports" integer DEFAULT 0 NOT NULL,
	"moderation" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"item_id" integer,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "answers_item_steps" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "answers_item_steps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"item_id" integer NOT NULL,
	"step" text NOT NULL,
	"on" date NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_name" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "answers_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "answers_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"source_id" integer NOT NULL,
	"number" integer NOT NULL,
	"text" text NOT NULL,
	"field" text DEFAULT 'khac' NOT NULL,
	"origin" text DEFAULT '' NOT NULL,
	"responsible_unit_id" integer,
	"coordinating_unit_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"owner_name" text DEFAULT '' NOT NULL,
	"due_date" date,
	"due_rule_code" text,
	"due_rule_version" integer,
	"status" text DEFAULT 'received' NOT NULL,
	"answer_text" text DEFAULT '' NOT NULL,
	"answer_document" text DEFAULT '' NOT NULL,
	"first_answered_on" date,
	"answered_on" date,
	"answer_count" integer DEFAULT 0 NOT NULL,
	"decline_reason" text DEFAULT '' NOT NULL,
	"verdict" text,
	"verdict_comment" text DEFAULT '' NOT NULL,
	"judged_on" date,
	"closed_on" date,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"repeat_of_item_id" integer,
	"repeat_similarity" real,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search_key" text GENERATED ALWAYS AS (lower(f_unaccent(coalesce(text, '') || ' ' || coalesce(origin, '') || ' ' || coalesce(answer_text, '')))) STORED,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "answers_sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "answers_sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"unit_id" integer NOT NULL,
	"addressee_unit_id" integer,
	"title" text NOT NULL,
	"document_number" text DEFAULT '' NOT NULL,
	"received_on" date NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"dialogue_state" text,
	"held_on" date,
	"answer_due" date,
	"opens_on" date,
	"closes_on" date,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search_key" text GENERATED ALWAYS AS (lower(f_unaccent(coalesce(title, '') || ' ' || coalesce(document_number, '') || ' ' || coalesce(summary, '')))) STORED,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "answers_templates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "answers_templates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"text" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "answers_comment_reports" ADD CONSTRAINT "answers_comment_reports_comment_id_answers_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."answers_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers_comments" ADD CONSTRAINT "answers_comments_source_id_answers_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."answers_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers_comments" ADD CONSTRAINT "answers_comments_item_id_answers_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."answers_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers_item_steps" ADD CONSTRAINT "answers_item_steps_item_id_answers_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."answers_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers_items" ADD CONSTRAINT "answers_items_source_id_answers_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."answers_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers_items" ADD CONSTRAINT "answers_items_responsible_unit_id_org_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers_sources" ADD CONSTRAINT "answers_sources_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers_sources" ADD CONSTRAINT "answers_sources_addressee_unit_id_org_units_id_fk" FOREIGN KEY ("addressee_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers_templates" ADD CONSTRAINT "answers_templates_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "answers_comment_reports_uq" ON "answers_comment_reports" USING btree ("comment_id","reporter_key");--> statement-breakpoint
CREATE INDEX "answers_comments_source_idx" ON "answers_comments" USING btree ("source_id","state");--> statement-breakpoint
CREATE INDEX "answers_item_steps_item_idx" ON "answers_item_steps" USING btree ("item_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "answers_items_number_uq" ON "answers_items" USING btree ("source_id","number");--> statement-breakpoint
CREATE INDEX "answers_items_responsible_idx" ON "answers_items" USING btree ("responsible_unit_id","status");--> statement-breakpoint
CREATE INDEX "answers_items_due_idx" ON "answers_items" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "answers_items_published_idx" ON "answers_items" USING btree ("published");--> statement-breakpoint
CREATE INDEX "answers_items_search_idx" ON "answers_items" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "answers_sources_unit_idx" ON "answers_sources" USING btree ("unit_id","kind","received_on");--> statement-breakpoint
CREATE INDEX "answers_sources_addressee_idx" ON "answers_sources" USING btree ("addressee_unit_id");--> statement-breakpoint
CREATE INDEX "answers_sources_search_idx" ON "answers_sources" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "answers_templates_unit_idx" ON "answers_templates" USING btree ("unit_id");