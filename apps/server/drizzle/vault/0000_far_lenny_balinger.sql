CREATE TABLE "vault_identities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "vault_identities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"owner_id" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"mode" text NOT NULL,
	"paper_ref" text,
	"key_id" text,
	"iv" "bytea",
	"tag" "bytea",
	"ciphertext" "bytea",
	"person_index" text,
	"phone_index" text,
	"sealed_by" integer,
	"sealed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_at" timestamp with time zone,
	"reencrypted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "vault_scans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "vault_scans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"owner_id" integer NOT NULL,
	"key_id" text NOT NULL,
	"name_iv" "bytea" NOT NULL,
	"name_tag" "bytea" NOT NULL,
	"name_ciphertext" "bytea" NOT NULL,
	"iv" "bytea" NOT NULL,
	"tag" "bytea" NOT NULL,
	"ciphertext" "bytea" NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sealed_by" integer,
	"sealed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reencrypted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "vault_identities_owner_version_uq" ON "vault_identities" USING btree ("kind","owner_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "vault_identities_current_uq" ON "vault_identities" USING btree ("kind","owner_id") WHERE superseded_at IS NULL;--> statement-breakpoint
CREATE INDEX "vault_identities_person_idx" ON "vault_identities" USING btree ("kind","person_index");--> statement-breakpoint
CREATE INDEX "vault_identities_phone_idx" ON "vault_identities" USING btree ("kind","phone_index");--> statement-breakpoint
CREATE INDEX "vault_scans_owner_idx" ON "vault_scans" USING btree ("kind","owner_id");