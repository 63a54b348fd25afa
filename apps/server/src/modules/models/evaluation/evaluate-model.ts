/**
 * The evaluator scores a running (or already evaluated) model against the recognition criteria in
 * force: every criterion once, within its maximum (domain scoreEvaluation, 400 naming the score at
 * fault). The evaluation keeps each criterion as it was (name, maximum) and the pass mark in force;
 * the criteria's versions are marked used, so they are never changed in place afterwards. The model
 * becomes "Đã đánh giá", under the row lock and version condition.
 */
import { CreateModelEvaluation as Schema, type CreateModelEvaluation } from '@danvan/contracts';
import { evaluationPassed, modelTransition, scoreEvaluation } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Invalid, RuleViolation, StateInvalid } from '../../../core/errors.ts';
import * as criteriaRepo from '../criterion/criterion.repository.ts';
import * as modelsRepo from '../model/model.repository.ts';
import * as settingsRepo from '../setting/setting.repository.ts';
import { notAfterToday, staleModel } from '../model/model.checks.ts';
import { detailAfter, loadModel } from '../model/read-model.ts';
import * as repo from './evaluation.repository.ts';

export async function evaluateModel(ctx: Ctx, id: number, raw: CreateModelEvaluation) {
  const input = Schema.parse(raw);
  return inTx(ctx, async (tx, c) => {
    const before = await loadModel(c, id, 'evaluate', { lock: true, db: tx });
    if (input.expectedVersion !== before.version) throw staleModel();
    const t = modelTransition(before.state as never, 'evaluate');
    if (!t.ok) throw StateInvalid(t.message, { state: before.state });
    notAfterToday(c, input.evaluatedOn, 'evaluatedOn', 'Ngày đánh giá');
    if (before.startedOn && input.evaluatedOn < before.startedOn)
      throw Invalid('Ngày đánh giá không được trước ngày bắt đầu thực hiện mô hình.', [
        { path: 'evaluatedOn', message: 'Trước ngày bắt đầu thực hiện' },
      ]);
    const criteria = (await criteriaRepo.listCriteria(tx)).map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      maxPoints: Number(r.maxPoints),
    }));
    if (!criteria.length) throw RuleViolation('Chưa có tiêu chí công nhận nào đang áp dụng.');
    const score = scoreEvaluation(criteria, input.scores);
    if (score.problems.length)
      throw Invalid(
        score.problems.map((p) => p.message).join(' '),
        score.problems.map((p) => ({ path: p.field, message: p.message })),
      );
    const passPercent = await settingsRepo.settingValue(tx, 'recognition_pass_percent');
    const byId = new Map(criteria.map((x) => [x.id, x]));
    const evaluation = await repo.insertEvaluation(tx, {
      modelId: id,
      evaluatedOn: input.evaluatedOn,
      scores: input.scores
        .map((s) => ({
          ...byId.get(s.criterionId)!,
          criterionId: s.criterionId,
          points: s.points,
          comment: s.comment,
        }))
        .map(({ id: _id, ...rest }) => rest),
      total: score.total,
      maxTotal: score.maxTotal,
      passPercent,
      passed: evaluationPassed(score.total, score.maxTotal, passPercent),
      conclusion: input.conclusion,
      evaluatorName: input.evaluatorName,
      createdBy: c.actor?.system ? null : (c.actor?.userId ?? null),
      createdAt: c.clock.now(),
      updatedAt: c.clock.now(),
    });
    await criteriaRepo.markUsed(
      tx,
      criteria.map((x) => x.id),
      c.clock.now(),
    );
    const v = await modelsRepo.updateModel(tx, id, before.version, {
      state: t.to,
      updatedAt: c.clock.now(),
      updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
    });
    if (v === null) throw staleModel();
    const after = await detailAfter(c, tx, id);
    await audit(tx, c, {
      entity: 'model',
      entityId: id,
      unitId: before.unitId,
      action: 'evaluate',
      before: { state: before.state, version: before.version },
      after: { state: after.state, version: after.version, evaluation },
    });
    return after;
  });
}
