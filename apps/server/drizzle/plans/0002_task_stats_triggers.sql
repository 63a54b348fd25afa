-- Keeps plans_task_stats (assignments per task, due date and status) and plans_assignees (the units
-- holding non-cancelled assignments of a plan) in step with plans_task_assignments, with
-- statement-level triggers over the transition tables: one grouped upsert per statement, so issuing a
-- plan to 3,500 units costs one pass, and the matrix reads hundreds of rows instead of every assignment.
-- Rows are upserted in key order so that concurrent statements lock them in the same order.
-- Assignments are only ever removed while their task exists (a task with assignments is cancelled,
-- never deleted), so the task's plan is always found.
CREATE OR REPLACE FUNCTION plans_assignments_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO plans_task_stats AS s (task_id, period_due, status, n)
    SELECT task_id, period_due, status, count(*) FROM plans_new_rows
    GROUP BY task_id, period_due, status ORDER BY task_id, period_due, status
    ON CONFLICT (task_id, period_due, status) DO UPDATE SET n = s.n + excluded.n;
  INSERT INTO plans_assignees AS p (plan_id, unit_id, n)
    SELECT t.plan_id, r.unit_id, count(*) FROM plans_new_rows r JOIN plans_tasks t ON t.id = r.task_id
    WHERE r.status <> 'cancelled'
    GROUP BY t.plan_id, r.unit_id ORDER BY t.plan_id, r.unit_id
    ON CONFLICT (plan_id, unit_id) DO UPDATE SET n = p.n + excluded.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION plans_assignments_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO plans_task_stats AS s (task_id, period_due, status, n)
    SELECT task_id, period_due, status, sum(d) FROM (
      SELECT task_id, period_due, status, -1 AS d FROM plans_old_rows
      UNION ALL SELECT task_id, period_due, status, 1 FROM plans_new_rows
    ) x GROUP BY task_id, period_due, status HAVING sum(d) <> 0 ORDER BY task_id, period_due, status
    ON CONFLICT (task_id, period_due, status) DO UPDATE SET n = s.n + excluded.n;
  DELETE FROM plans_task_stats WHERE n <= 0 AND task_id IN (SELECT task_id FROM plans_new_rows);
  INSERT INTO plans_assignees AS p (plan_id, unit_id, n)
    SELECT t.plan_id, x.unit_id, sum(d) FROM (
      SELECT task_id, unit_id, -1 AS d FROM plans_old_rows WHERE status <> 'cancelled'
      UNION ALL SELECT task_id, unit_id, 1 FROM plans_new_rows WHERE status <> 'cancelled'
    ) x JOIN plans_tasks t ON t.id = x.task_id
    GROUP BY t.plan_id, x.unit_id HAVING sum(d) <> 0 ORDER BY t.plan_id, x.unit_id
    ON CONFLICT (plan_id, unit_id) DO UPDATE SET n = p.n + excluded.n;
  DELETE FROM plans_assignees WHERE n <= 0
    AND plan_id IN (SELECT t.plan_id FROM plans_tasks t WHERE t.id IN (SELECT task_id FROM plans_new_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION plans_assignments_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO plans_task_stats AS s (task_id, period_due, status, n)
    SELECT task_id, period_due, status, -count(*) FROM plans_old_rows
    GROUP BY task_id, period_due, status ORDER BY task_id, period_due, status
    ON CONFLICT (task_id, period_due, status) DO UPDATE SET n = s.n + excluded.n;
  DELETE FROM plans_task_stats WHERE n <= 0 AND task_id IN (SELECT task_id FROM plans_old_rows);
  INSERT INTO plans_assignees AS p (plan_id, unit_id, n)
    SELECT t.plan_id, r.unit_id, -count(*) FROM plans_old_rows r JOIN plans_tasks t ON t.id = r.task_id
    WHERE r.status <> 'cancelled'
    GROUP BY t.plan_id, r.unit_id ORDER BY t.plan_id, r.unit_id
    ON CONFLICT (plan_id, unit_id) DO UPDATE SET n = p.n + excluded.n;
  DELETE FROM plans_assignees WHERE n <= 0
    AND plan_id IN (SELECT t.plan_id FROM plans_tasks t WHERE t.id IN (SELECT task_id FROM plans_old_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER plans_assignments_counts_ins AFTER INSERT ON plans_task_assignments
  REFERENCING NEW TABLE AS plans_new_rows FOR EACH STATEMENT EXECUTE FUNCTION plans_assignments_after_insert();
--> statement-breakpoint
CREATE TRIGGER plans_assignments_counts_upd AFTER UPDATE ON plans_task_assignments
  REFERENCING OLD TABLE AS plans_old_rows NEW TABLE AS plans_new_rows FOR EACH STATEMENT EXECUTE FUNCTION plans_assignments_after_update();
--> statement-breakpoint
CREATE TRIGGER plans_assignments_counts_del AFTER DELETE ON plans_task_assignments
  REFERENCING OLD TABLE AS plans_old_rows FOR EACH STATEMENT EXECUTE FUNCTION plans_assignments_after_delete();
--> statement-breakpoint
-- The per-task totals of a filtered matrix and "units with overdue cells" read status, due date and
-- unit from this index alone (index-only scans), without visiting the table.
CREATE INDEX IF NOT EXISTS plans_task_assignments_task_status_idx
  ON plans_task_assignments (task_id, status, period_due) INCLUDE (unit_id);
--> statement-breakpoint
-- Counts of the assignments made before these triggers existed.
INSERT INTO plans_task_stats (task_id, period_due, status, n)
  SELECT task_id, period_due, status, count(*) FROM plans_task_assignments GROUP BY task_id, period_due, status
  ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO plans_assignees (plan_id, unit_id, n)
  SELECT t.plan_id, a.unit_id, count(*) FROM plans_task_assignments a JOIN plans_tasks t ON t.id = a.task_id
  WHERE a.status <> 'cancelled' GROUP BY t.plan_id, a.unit_id
  ON CONFLICT DO NOTHING;
