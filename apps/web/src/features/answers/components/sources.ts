import type { AnswerSourceKind } from '@danvan/contracts';

/** The register (and record pages) of each kind of source. */
export const SOURCE_BASE: Record<AnswerSourceKind, string> = {
  dialogue: '/doi-thoai',
  front_supervision: '/giam-sat-phan-bien',
  front_criticism: '/giam-sat-phan-bien',
  council_session: '/kien-nghi-cu-tri',
  consultation: '/lay-y-kien',
};

/** The page of a source. */
export const sourcePath = (kind: AnswerSourceKind, id: number) => `${SOURCE_BASE[kind]}/${id}`;
