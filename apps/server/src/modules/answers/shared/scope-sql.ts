import { sql, type SQL } from 'drizzle-orm';
import { unitIdInScopeSql, unitScopeSql, type Scope } from '../../../core/scope.ts';
import { answersItems, answersSources } from '../../../db/schema/answers.ts';

/** The units of the scopes, as an int[] (for the coordinating units' array overlap). */
const scopeIds = (scopes: Scope[]) =>
  sql`array(select sx.id from org_units sx where ${unitScopeSql(scopes, sql`sx.id`, sql`sx.path`)})::integer[]`;

/** The source side: its filing unit or its addressee lies in scope. */
export function sourceSideSql(scopes: Scope[]): SQL {
  return sql`(${unitIdInScopeSql(scopes, answersSources.unitId)} OR ${unitIdInScopeSql(scopes, answersSources.addresseeUnitId)})`;
}

/** The item is assigned (responsible or coordinating) to a unit in scope. */
export function assignedSql(scopes: Scope[]): SQL {
  if (!scopes.length) return sql`false`;
  return sql`(${unitIdInScopeSql(scopes, answersItems.responsibleUnitId)} OR ${answersItems.coordinatingUnitIds} && ${scopeIds(scopes)})`;
}

/** An item readable by the actor whose answers:read scopes are `scopes` (joined with its source). */
export function readableItemSql(scopes: Scope[]): SQL {
  return sql`(${sourceSideSql(scopes)} OR ${assignedSql(scopes)})`;
}

/** A source readable: its side in scope, or one of its items assigned to a unit in scope. */
export function readableSourceSql(scopes: Scope[]): SQL {
  if (!scopes.length) return sql`false`;
  return sql`(${sourceSideSql(scopes)} OR exists (select 1 from answers_items ai where ai.source_id = ${answersSources.id} and (${unitIdInScopeSql(scopes, sql`ai.responsible_unit_id`)} OR ai.coordinating_unit_ids && ${scopeIds(scopes)})))`;
}
