/**
 * Petitions: the vocabularies of packages/domain (petitions), re-exported, their enums, and the .docx
 * papers a petition's steps produce.
 */
import { z } from 'zod';
import {
  PETITION_CHANNELS,
  PETITION_CHANNEL_LABELS,
  PETITION_COMPETENCES,
  PETITION_COMPETENCE_LABELS,
  PETITION_FIELDS,
  PETITION_FIELD_LABELS,
  PETITION_FLAGS,
  PETITION_FLAG_LABELS,
  PETITION_KINDS,
  PETITION_KIND_LABELS,
  PETITION_STATUSES,
  PETITION_STATUS_LABELS,
  PETITION_STEPS,
  PETITION_STEP_LABELS,
  PROLONGED_BASIS_VI,
  BYPASS_BASIS_VI,
} from '@danvan/domain';
import { Id } from '../common.ts';
import { labelled } from '../labels.ts';
import { oneOf } from './shared.ts';

export {
  PETITION_CHANNELS,
  PETITION_CHANNEL_LABELS,
  PETITION_COMPETENCES,
  PETITION_COMPETENCE_LABELS,
  PETITION_FIELDS,
  PETITION_FIELD_LABELS,
  PETITION_FLAGS,
  PETITION_FLAG_LABELS,
  PETITION_KINDS,
  PETITION_KIND_LABELS,
  PETITION_STATUSES,
  PETITION_STATUS_LABELS,
  PETITION_STEPS,
  PETITION_STEP_LABELS,
  PROLONGED_BASIS_VI,
  BYPASS_BASIS_VI,
};

export const PetitionChannel = labelled(z.enum(PETITION_CHANNELS, oneOf('Kênh tiếp nhận')), 'Kênh tiếp nhận');
export const PetitionKind = labelled(z.enum(PETITION_KINDS, oneOf('Loại đơn')), 'Loại đơn');
export const PetitionField = labelled(z.enum(PETITION_FIELDS, oneOf('Lĩnh vực')), 'Lĩnh vực');
export const PetitionStatus = labelled(z.enum(PETITION_STATUSES, oneOf('Trạng thái')), 'Trạng thái');
export const PetitionCompetence = labelled(z.enum(PETITION_COMPETENCES, oneOf('Thẩm quyền')), 'Thẩm quyền');
export const PetitionFlag = labelled(z.enum(PETITION_FLAGS, oneOf('Cảnh báo')), 'Cảnh báo');
export const PetitionStep = z.enum(PETITION_STEPS);

/** The papers a petition's steps produce, as .docx (NĐ 30/2020). */
export const PETITION_DOCUMENTS = [
  'phieu-chuyen-don',
  'thong-bao-thu-ly',
  'thong-bao-khong-thu-ly',
  'van-ban-huong-dan',
  'quyet-dinh-giai-quyet',
  'ket-luan-to-cao',
  'yeu-cau-xac-minh',
] as const;
export const PetitionDocumentKind = z.enum(PETITION_DOCUMENTS, oneOf('Loại văn bản'));
export type PetitionDocumentKind = z.infer<typeof PetitionDocumentKind>;
export const PETITION_DOCUMENT_LABELS: Record<PetitionDocumentKind, { vi: string; en: string }> = {
  'phieu-chuyen-don': { vi: 'Phiếu chuyển đơn', en: 'Transfer slip' },
  'thong-bao-thu-ly': { vi: 'Thông báo thụ lý', en: 'Notice of acceptance' },
  'thong-bao-khong-thu-ly': { vi: 'Thông báo không thụ lý', en: 'Notice of non-acceptance' },
  'van-ban-huong-dan': { vi: 'Văn bản hướng dẫn', en: 'Guidance letter' },
  'quyet-dinh-giai-quyet': { vi: 'Quyết định giải quyết khiếu nại', en: 'Complaint decision' },
  'ket-luan-to-cao': { vi: 'Kết luận nội dung tố cáo', en: 'Denunciation conclusion' },
  'yeu-cau-xac-minh': {
    vi: 'Văn bản đề nghị xác minh (không có thông tin người tố cáo)',
    en: 'Verification request (no identity)',
  },
};
export const PetitionDocParams = z.object({
  id: labelled(Id, 'Mã số đơn'),
  doc: labelled(PetitionDocumentKind, 'Loại văn bản'),
});
