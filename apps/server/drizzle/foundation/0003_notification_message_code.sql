ALTER TABLE "notifications" ADD COLUMN "message_code" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "message_params" jsonb;