export {
  param,
  useLocalState,
  useUrlState,
  type Param,
  type Sort,
  type Spec,
  type UrlState,
  type Values,
} from './useUrlState.ts';
export { RegisterFrame, RegisterPage, RegisterTable, type RegisterHeaderProps } from './RegisterPage.tsx';
export type {
  FilesDrawer,
  FilterDef,
  RegisterColumn,
  RegisterQuery,
  RegisterTableProps,
  RowAction,
} from './types.ts';
export { rowActions, useRowDialogs, type RowDialogs } from './actions.tsx';
export { RowFormModal } from './RowFormModal.tsx';
export { RegisterFilters } from './RegisterFilters.tsx';
