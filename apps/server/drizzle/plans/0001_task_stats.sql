CREATE TABLE "plans_assignees" (
	"plan_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "plans_assignees_plan_id_unit_id_pk" PRIMARY KEY("plan_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "plans_task_stats" (
	"task_id" integer NOT NULL,
	"period_due" date NOT NULL,
	"status" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "plans_task_stats_task_id_period_due_status_pk" PRIMARY KEY("task_id","period_due","status")
);
--> statement-breakpoint
CREATE INDEX "plans_assignees_unit_idx" ON "plans_assignees" USING btree ("unit_id");