import { ANONYMISED, type ConductRule, type InspectionViolation, type Sanction } from '@danvan/contracts';
import type { ViolationRow } from './violation.repository.ts';

/** A violation as the reader may see it: the person's data only with `persons`, else "đã ẩn danh". */
export function presentViolation(
  r: ViolationRow,
  can: { persons: boolean; update: boolean },
): InspectionViolation {
  return {
    id: r.id,
    inspectionId: r.inspectionId,
    personName: can.persons ? r.personName : ANONYMISED,
    personPosition: can.persons ? r.personPosition : ANONYMISED,
    personUnit: can.persons ? r.personUnit : ANONYMISED,
    anonymised: !can.persons,
    rule: r.rule as ConductRule,
    description: r.description,
    sanction: r.sanction as Sanction,
    sanctionDecision: r.sanctionDecision,
    sanctionOn: r.sanctionOn,
    version: r.version,
    can: { update: can.update },
  };
}

/** The violation as the audit trail keeps it: never the person's name, position or unit. */
export function auditViolation(r: ViolationRow) {
  const { personName: _n, personPosition: _p, personUnit: _u, ...rest } = r;
  void [_n, _p, _u];
  return rest;
}
