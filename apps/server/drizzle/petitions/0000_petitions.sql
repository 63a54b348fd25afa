CREATE TABLE "petition_duplicates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "petition_duplicates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"petition_id" integer NOT NULL,
	"candidate_id" integer NOT NULL,
	"reason" text NOT NULL,
	"score" real NOT NULL,
	"decision" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "petition_steps" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "petition_steps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"petition_id" integer NOT NULL,
	"step" text NOT NULL,
	"on" date NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_name" text NOT NULL,
	"due_date" date,
	"met" boolean,
	"rule_id" integer,
	"rule_version" integer,
	"note" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "petitions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "petitions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"received_on" date NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"field" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"petitioners_count" integer DEFAULT 1 NOT NULL,
	"representative_name" text,
	"id_number" text,
	"address" text,
	"subject" text NOT NULL,
	"content" text NOT NULL,
	"source_body" text,
	"addressed_to" text,
	"competence" text,
	"complex" boolean DEFAULT false NOT NULL,
	"remote_area" boolean DEFAULT false NOT NULL,
	"second_instance" boolean DEFAULT false NOT NULL,
	"first_instance_id" integer,
	"split_from_id" integer,
	"visit_id" integer,
	"handler_id" integer,
	"to_body" text,
	"screening_due" date,
	"screening_rule_id" integer,
	"screening_rule_version" integer,
	"accepted_on" date,
	"resolution_due" date,
	"resolution_rule_id" integer,
	"resolution_rule_version" integer,
	"max_due_date" date,
	"extensions" integer DEFAULT 0 NOT NULL,
	"suspended_on" date,
	"decided_on" date,
	"decision_number" text,
	"decision_summary" text,
	"result_due" date,
	"result_rule_id" integer,
	"result_sent_on" date,
	"closed_on" date,
	"repeat_of_resolved" boolean DEFAULT false NOT NULL,
	"linked_duplicates" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search_key" text GENERATED ALWAYS AS (lower(f_unaccent(CASE WHEN kind = 'to_cao' THEN coalesce(subject, '') ELSE coalesce(subject, '') || ' ' || coalesce(content, '') || ' ' || coalesce(representative_name, '') || ' ' || coalesce(id_number, '') END))) STORED,
	"person_key" text GENERATED ALWAYS AS (lower(f_unaccent(coalesce(representative_name, '')))) STORED,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "petition_duplicates" ADD CONSTRAINT "petition_duplicates_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_duplicates" ADD CONSTRAINT "petition_duplicates_candidate_id_petitions_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_steps" ADD CONSTRAINT "petition_steps_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_first_instance_id_petitions_id_fk" FOREIGN KEY ("first_instance_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_split_from_id_petitions_id_fk" FOREIGN KEY ("split_from_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "petition_duplicates_pair_uq" ON "petition_duplicates" USING btree ("petition_id","candidate_id");--> statement-breakpoint
CREATE INDEX "petition_steps_petition_idx" ON "petition_steps" USING btree ("petition_id","id");--> statement-breakpoint
CREATE INDEX "petitions_unit_status_idx" ON "petitions" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "petitions_received_idx" ON "petitions" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "petitions_kind_idx" ON "petitions" USING btree ("kind","status");--> statement-breakpoint
CREATE INDEX "petitions_search_idx" ON "petitions" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "petitions_person_idx" ON "petitions" USING btree ("person_key");--> statement-breakpoint
CREATE INDEX "petitions_id_number_idx" ON "petitions" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "petitions_screening_due_idx" ON "petitions" USING btree ("screening_due");--> statement-breakpoint
CREATE INDEX "petitions_resolution_due_idx" ON "petitions" USING btree ("resolution_due");--> statement-breakpoint
CREATE INDEX "petitions_visit_idx" ON "petitions" USING btree ("visit_id");