CREATE TABLE "legal_calendar_days" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "legal_calendar_days_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"date" date NOT NULL,
	"name" text NOT NULL,
	"workday" boolean DEFAULT false NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"needs_check" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_seeds" (
	"name" text PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_time_limits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "legal_time_limits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"value" integer NOT NULL,
	"unit" text NOT NULL,
	"conditions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"basis_law" text NOT NULL,
	"basis_article" text,
	"basis_clause" text,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"needs_check" boolean DEFAULT false NOT NULL,
	"note" text,
	"used_at" timestamp with time zone,
	"previous_version_id" integer,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "legal_calendar_days_date_uq" ON "legal_calendar_days" USING btree ("date");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_time_limits_code_version_uq" ON "legal_time_limits" USING btree ("code","version");--> statement-breakpoint
CREATE INDEX "legal_time_limits_code_idx" ON "legal_time_limits" USING btree ("code","effective_from");