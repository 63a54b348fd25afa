/**
 * The figures the system can fill into a report by itself (figure providers), one key each. A module
 * registers the provider of its keys (apps/server/src/core/figures.ts registerFigureProvider, typed
 * by FigureKey); a template's indicator may name any key of this list. Keys of modules not built yet
 * are listed so the built-in outline can name them: they fill nothing until their module registers.
 */
export const FIGURE_KEY_LABELS_VI = Object.freeze({
  'org.units_in_scope': 'Số cơ quan, đơn vị, địa phương thuộc phạm vi báo cáo',
  'plans.plans_issued': 'Số kế hoạch công tác dân vận chính quyền đã ban hành',
  'plans.tasks_assigned': 'Số nhiệm vụ được giao (đến hạn trong kỳ)',
  'plans.tasks_done': 'Số nhiệm vụ đã hoàn thành (trong số đến hạn trong kỳ)',
  'plans.tasks_overdue': 'Số nhiệm vụ quá hạn chưa hoàn thành',
  'plans.leader_assigned': 'Đã phân công lãnh đạo phụ trách công tác dân vận chính quyền (số đơn vị)',
  'training.courses': 'Số hội nghị, lớp tập huấn về công tác dân vận',
  'training.attendees': 'Số lượt cán bộ, công chức, viên chức tham dự tập huấn',
  'models.registered': 'Số mô hình “Dân vận khéo” đăng ký',
  'models.recognised': 'Số mô hình “Dân vận khéo” được đánh giá, công nhận',
  'models.commendations': 'Số tập thể, cá nhân điển hình “Dân vận khéo” được khen thưởng',
  'satisfaction.index': 'Chỉ số hài lòng của người dân',
  'inspections.held': 'Số cuộc thanh tra, kiểm tra công vụ',
  'inspections.violations': 'Số vi phạm phát hiện qua thanh tra, kiểm tra công vụ',
  'inspections.sanctioned': 'Số trường hợp bị xử lý kỷ luật qua thanh tra, kiểm tra công vụ',
  'petitions.received': 'Số đơn, thư tiếp nhận (kể cả kỳ trước chuyển sang)',
  'petitions.carried_over': 'Số đơn, thư kỳ trước chuyển sang chưa giải quyết xong',
  'petitions.complaints': 'Số đơn khiếu nại',
  'petitions.denunciations': 'Số đơn tố cáo',
  'petitions.recommendations': 'Số đơn kiến nghị, phản ánh',
  'petitions.resolved': 'Số đơn, thư đã giải quyết xong',
  'petitions.resolved_on_time': 'Số đơn, thư giải quyết đúng thời hạn',
  'petitions.dialogues': 'Số cuộc đối thoại trong giải quyết khiếu nại',
  'reception.sessions': 'Số buổi tiếp công dân',
  'reception.visitors': 'Số lượt công dân được tiếp',
  'reception.head_sessions': 'Số buổi tiếp công dân định kỳ của người đứng đầu',
  'reception.mass_delegations': 'Số đoàn đông người',
  'dialogues.held': 'Số cuộc đối thoại của người đứng đầu với Nhân dân',
  'dialogues.commitments': 'Số kiến nghị tiếp thu, cam kết giải quyết qua đối thoại',
  'dialogues.commitments_done': 'Số kiến nghị qua đối thoại đã giải quyết xong',
  'front.recommendations_received': 'Số kiến nghị sau giám sát, phản biện xã hội nhận được',
  'front.recommendations_answered': 'Số kiến nghị sau giám sát, phản biện đã tiếp thu, trả lời',
} as const);

/** A figure provider's key. */
export type FigureKey = keyof typeof FIGURE_KEY_LABELS_VI;

/** Every figure key, in order. */
export const FIGURE_KEYS = Object.freeze(Object.keys(FIGURE_KEY_LABELS_VI) as FigureKey[]);

/** Whether a string is a figure key of the list. */
export const isFigureKey = (key: string): key is FigureKey => Object.hasOwn(FIGURE_KEY_LABELS_VI, key);
