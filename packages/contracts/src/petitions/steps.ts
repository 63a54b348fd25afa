/** The steps of a petition's legal workflow (screen, accept, transfer, guide, decide …), assignment, duplicates. */
import { z } from 'zod';
import { Id } from '../common.ts';
import { labelled } from '../labels.ts';
import { PetitionCompetence } from './vocabulary.ts';
import { Complex, Note, oneOf, RemoteArea, Required, StepDate, Version } from './shared.ts';

export const ScreenPetition = z.object({
  on: StepDate,
  competence: PetitionCompetence,
  complex: Complex.optional(),
  remoteArea: RemoteArea.optional(),
  note: Note(),
  expectedVersion: Version,
});
export const AcceptPetition = z.object({
  on: StepDate,
  handlerId: labelled(Id, 'Người được giao giải quyết').nullish(),
  complex: Complex.optional(),
  remoteArea: RemoteArea.optional(),
  note: Note(),
  expectedVersion: Version,
});
export const TransferPetition = z.object({
  on: StepDate,
  toBody: Required(300, 'Cơ quan có thẩm quyền nhận đơn'),
  note: Note(),
  expectedVersion: Version,
});
export const GuidePetition = z.object({
  on: StepDate,
  toBody: Required(300, 'Cơ quan có thẩm quyền giải quyết'),
  note: Note('Nội dung hướng dẫn'),
  expectedVersion: Version,
});
export const FilePetition = z.object({
  on: StepDate,
  reason: Required(2000, 'Lý do lưu đơn, không xử lý'),
  expectedVersion: Version,
});
export const NotePetitionStep = z.object({
  on: StepDate,
  note: Required(4000, 'Nội dung'),
  expectedVersion: Version,
});
export const ReasonPetitionStep = z.object({
  on: StepDate,
  reason: Required(2000, 'Lý do'),
  expectedVersion: Version,
});
export const ResumePetition = z.object({ on: StepDate, note: Note(), expectedVersion: Version });
export const DecidePetition = z.object({
  on: StepDate,
  number: Required(60, 'Số, ký hiệu quyết định, kết luận'),
  summary: Required(20_000, 'Nội dung quyết định, kết luận'),
  upheld: z.enum(['right', 'partly', 'wrong']).nullish(),
  expectedVersion: Version,
});
export const SimplePetitionStep = z.object({ on: StepDate, note: Note(), expectedVersion: Version });
export const AssignPetition = z.object({
  handlerId: labelled(Id, 'Người được giao giải quyết'),
  expectedVersion: Version,
});
export const ResolveDuplicate = z.object({
  decision: z.enum(['link', 'dismiss'], oneOf('Quyết định')),
  note: Note(),
});
export const DuplicateParams = z.object({
  id: labelled(Id, 'Mã số đơn'),
  otherId: labelled(Id, 'Mã số đơn nghi trùng'),
});
