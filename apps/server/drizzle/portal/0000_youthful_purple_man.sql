CREATE TABLE "portal_publications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "portal_publications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"section" text NOT NULL,
	"source_module" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" text NOT NULL,
	"unit_id" integer NOT NULL,
	"field" text,
	"title" text NOT NULL,
	"public_text" text NOT NULL,
	"state" text,
	"published_at" timestamp with time zone NOT NULL,
	"published_on" date NOT NULL,
	"published_by" integer,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" integer,
	"withdraw_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search_key" text GENERATED ALWAYS AS (lower(f_unaccent(coalesce(title, '') || ' ' || coalesce(public_text, '')))) STORED
);
--> statement-breakpoint
CREATE TABLE "portal_rate_limits" (
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "portal_rate_limits_bucket_key_pk" PRIMARY KEY("bucket","key")
);
--> statement-breakpoint
CREATE TABLE "portal_ratings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "portal_ratings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"subject" text NOT NULL,
	"submission_id" integer,
	"score" smallint NOT NULL,
	"comment" text,
	"on" date,
	"rated_on" date NOT NULL,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "portal_ratings_score_ck" CHECK (score BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "portal_submissions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "portal_submissions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"petition_id" integer NOT NULL,
	"code_hash" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attach_until" timestamp with time zone NOT NULL,
	"files_count" integer DEFAULT 0 NOT NULL,
	"contact_phone" text,
	"contact_email" text,
	"consent_version" text NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_used_challenges" (
	"signature_hash" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portal_publications" ADD CONSTRAINT "portal_publications_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_publications" ADD CONSTRAINT "portal_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_publications" ADD CONSTRAINT "portal_publications_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_ratings" ADD CONSTRAINT "portal_ratings_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_ratings" ADD CONSTRAINT "portal_ratings_submission_id_portal_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."portal_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_submissions" ADD CONSTRAINT "portal_submissions_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "portal_publications_live_uq" ON "portal_publications" USING btree ("source_module","source_kind","source_id") WHERE withdrawn_at IS NULL;--> statement-breakpoint
CREATE INDEX "portal_publications_section_idx" ON "portal_publications" USING btree ("section","published_at");--> statement-breakpoint
CREATE INDEX "portal_publications_unit_idx" ON "portal_publications" USING btree ("unit_id","section");--> statement-breakpoint
CREATE INDEX "portal_publications_search_idx" ON "portal_publications" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "portal_rate_limits_window_idx" ON "portal_rate_limits" USING btree ("window_start");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_ratings_submission_uq" ON "portal_ratings" USING btree ("submission_id") WHERE submission_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "portal_ratings_unit_day_idx" ON "portal_ratings" USING btree ("unit_id","rated_on");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_submissions_code_uq" ON "portal_submissions" USING btree ("code_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_submissions_petition_uq" ON "portal_submissions" USING btree ("petition_id");