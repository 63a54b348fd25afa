/**
 * The keys of live measures the seeded criteria set names, declared so a set may name them before
 * their module registers the proposer. Each is answered by the module that owns the data, in its own
 * `proposers/` folder, registered in its hooks: plans (plan issued on time, leader named, tasks on
 * time), petitions (resolved on time, none overdue), reception (the head's reception days), models
 * ("Dân vận khéo" models), answers (dialogues held, the Front's recommendations answered on time),
 * reporting (six-month and annual reports on time and accepted).
 */
import { declareLaterProposer } from './proposer.registry.ts';

const DECLARED: [key: string, label: string, description: string][] = [
  [
    'plans.plan_issued_on_time',
    'Ban hành kế hoạch năm đúng thời hạn',
    'Kế hoạch năm của đơn vị (phân hệ kế hoạch).',
  ],
  ['plans.leader_named', 'Phân công lãnh đạo phụ trách', 'Lãnh đạo phụ trách (phân hệ kế hoạch).'],
  ['plans.tasks_on_time', 'Nhiệm vụ hoàn thành đúng hạn', 'Nhiệm vụ được giao (phân hệ kế hoạch).'],
  ['petitions.resolved_on_time', 'Giải quyết đơn thư đúng hạn', 'Sổ theo dõi đơn thư (phân hệ đơn thư).'],
  ['petitions.none_overdue', 'Không có đơn thư quá hạn', 'Sổ theo dõi đơn thư (phân hệ đơn thư).'],
  [
    'reception.head_days_minimum',
    'Người đứng đầu tiếp công dân đủ số ngày tối thiểu',
    'Sổ tiếp công dân (phân hệ tiếp công dân).',
  ],
  ['models.running', 'Mô hình “Dân vận khéo”', 'Mô hình “Dân vận khéo” (phân hệ mô hình).'],
  ['dialogues.held', 'Đối thoại với Nhân dân', 'Sổ đối thoại (phân hệ trả lời Nhân dân).'],
  [
    'front.recommendations_answered',
    'Trả lời kiến nghị của Mặt trận đúng hạn',
    'Kiến nghị sau giám sát, phản biện xã hội (phân hệ trả lời Nhân dân).',
  ],
  [
    'reporting.reports_on_time',
    'Báo cáo 6 tháng, năm đúng hạn và được chấp nhận',
    'Báo cáo định kỳ (phân hệ báo cáo).',
  ],
];

let done = false;
export function registerBuiltinProposers(): void {
  if (done) return;
  done = true;
  for (const [key, label, description] of DECLARED) declareLaterProposer(key, label, description);
}
