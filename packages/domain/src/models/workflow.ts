/** The state machine of a "Dân vận khéo" model: its actions, who takes them, and where they lead. */
import type { Labels } from './labels.ts';
import { MODEL_STATE_LABELS, type ModelState } from './vocabulary.ts';

export const MODEL_ACTION_CODES = ['start', 'evaluate', 'resume', 'recognise', 'replicate', 'stop'] as const;
export type ModelAction = (typeof MODEL_ACTION_CODES)[number];
/** Who takes an action: the model's unit (models:write) or the evaluator (models:evaluate). */
export type ModelActor = 'unit' | 'evaluator';

export const MODEL_ACTION_LABELS: Labels<ModelAction> = Object.freeze({
  start: { vi: 'Bắt đầu thực hiện', en: 'Start' },
  evaluate: { vi: 'Đánh giá', en: 'Evaluate' },
  resume: { vi: 'Yêu cầu tiếp tục hoàn thiện', en: 'Send back to running' },
  recognise: { vi: 'Công nhận', en: 'Recognise' },
  replicate: { vi: 'Nhân rộng', en: 'Replicate' },
  stop: { vi: 'Dừng thực hiện', en: 'Stop' },
});

export const MODEL_TRANSITIONS: Readonly<
  Record<ModelAction, { from: readonly ModelState[]; to: ModelState; by: readonly ModelActor[] }>
> = Object.freeze({
  start: { from: ['registered'], to: 'running', by: ['unit'] },
  // an evaluation may be repeated while the model waits for recognition
  evaluate: { from: ['running', 'evaluated'], to: 'evaluated', by: ['evaluator'] },
  resume: { from: ['evaluated'], to: 'running', by: ['evaluator'] },
  recognise: { from: ['evaluated'], to: 'recognised', by: ['evaluator'] },
  replicate: { from: ['recognised'], to: 'replicated', by: ['evaluator'] },
  stop: { from: ['registered', 'running', 'evaluated'], to: 'stopped', by: ['unit', 'evaluator'] },
});

export type TransitionResult = { ok: true; to: ModelState } | { ok: false; message: string };

/** Where `action` takes a model in `state`, or why it may not (a Vietnamese message). */
export function modelTransition(state: ModelState, action: ModelAction): TransitionResult {
  const t = MODEL_TRANSITIONS[action];
  if (t.from.includes(state)) return { ok: true, to: t.to };
  const allowed = t.from.map((s) => `“${MODEL_STATE_LABELS[s].vi}”`).join(', ');
  return {
    ok: false,
    message: `Mô hình đang ở trạng thái “${MODEL_STATE_LABELS[state].vi}”, không thể “${MODEL_ACTION_LABELS[action].vi.toLocaleLowerCase('vi-VN')}” (chỉ từ trạng thái ${allowed}).`,
  };
}

/** The actions a model in `state` allows to `who`. */
export function modelActionsFrom(state: ModelState, who: readonly ModelActor[]): ModelAction[] {
  return MODEL_ACTION_CODES.filter(
    (a) => MODEL_TRANSITIONS[a].from.includes(state) && MODEL_TRANSITIONS[a].by.some((b) => who.includes(b)),
  );
}

/** Models that count as built and effective for the one-to-two rule: running or recognised ones. */
export const ACTIVE_MODEL_STATES: readonly ModelState[] = Object.freeze([
  'running',
  'evaluated',
  'recognised',
  'replicated',
]);
export const RECOGNISED_MODEL_STATES: readonly ModelState[] = Object.freeze(['recognised', 'replicated']);
