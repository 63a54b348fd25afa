CREATE TABLE "reception_schedules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reception_schedules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"weekdays" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"month_days" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"dates" date[] DEFAULT '{}'::date[] NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"place" text NOT NULL,
	"receiver_user_id" integer,
	"receiver_name" text DEFAULT '' NOT NULL,
	"receiver_title" text DEFAULT '' NOT NULL,
	"head_in_person" boolean DEFAULT false NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"online_link" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_visits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reception_visits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"kind" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"place" text NOT NULL,
	"receiver_user_id" integer,
	"receiver_name" text NOT NULL,
	"receiver_title" text DEFAULT '' NOT NULL,
	"head_in_person" boolean DEFAULT false NOT NULL,
	"deputy_on_behalf" boolean DEFAULT false NOT NULL,
	"visitors_count" integer NOT NULL,
	"mass_delegation" boolean DEFAULT false NOT NULL,
	"representative_name" text NOT NULL,
	"id_number" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"content" text NOT NULL,
	"field" text NOT NULL,
	"outcome" text NOT NULL,
	"refusal_reason" text DEFAULT '' NOT NULL,
	"outcome_note" text DEFAULT '' NOT NULL,
	"conclusion" text DEFAULT '' NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"online_notice_sent_on" date,
	"petition_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search_key" text GENERATED ALWAYS AS (lower(f_unaccent(coalesce(representative_name, '') || ' ' || coalesce(content, '') || ' ' || coalesce(address, '') || ' ' || coalesce(id_number, '') || ' ' || coalesce(receiver_name, '')))) STORED,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reception_schedules" ADD CONSTRAINT "reception_schedules_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_schedules" ADD CONSTRAINT "reception_schedules_receiver_user_id_users_id_fk" FOREIGN KEY ("receiver_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_receiver_user_id_users_id_fk" FOREIGN KEY ("receiver_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reception_schedules_unit_idx" ON "reception_schedules" USING btree ("unit_id","valid_from");--> statement-breakpoint
CREATE INDEX "reception_visits_unit_day_idx" ON "reception_visits" USING btree ("unit_id","received_on");--> statement-breakpoint
CREATE INDEX "reception_visits_day_idx" ON "reception_visits" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "reception_visits_search_idx" ON "reception_visits" USING gin ("search_key" gin_trgm_ops);