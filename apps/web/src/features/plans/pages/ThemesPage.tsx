import { Button, Checkbox, Input, InputNumber, Select, Tag, Typography, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { CSSProperties } from 'react';
import type { CreateMovement, CreateYearTheme, Movement, YearTheme } from '@danvan/contracts';
import { MOVEMENT_KINDS } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { todayIso } from '../../../shared/format.ts';
import { useMe } from '../../../shared/session.ts';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { ActiveTag } from '../../../shared/components/EnumTag.tsx';
import {
  RegisterFrame,
  RegisterTable,
  RowFormModal,
  type RegisterColumn,
  param,
  rowActions,
  useRowDialogs,
  useUrlState,
} from '../../../shared/register/index.ts';
import { api, useMovements, useMovementsCan, usePlansMutation, useThemes, useThemesCan } from '../api.ts';
import { DocSelect } from '../components/fields.tsx';

type ThemeForm = CreateYearTheme & { contentsText?: string };
type MovementForm = CreateMovement & { requirementsText?: string };
const lines = (s?: string) =>
  (s ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

/** The description field both forms have. */
function DescriptionField() {
  const t = useT();
  return (
    <Field name="description" label={t('plans.themes.description')}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={10000} />
    </Field>
  );
}

/** The guiding documents a theme or a movement cites. */
function DocumentsField({ unitId }: { unitId?: number }) {
  const t = useT();
  return (
    <Field name="guidingDocumentIds" label={t('plans.editor.documents')}>
      <DocSelect unitId={unitId} />
    </Field>
  );
}

/** A register's card on this page: its title and, for those who manage themes, its "Thêm …" button. */
function card(title: string, add: string | false, onAdd: () => void, style?: CSSProperties) {
  return {
    title,
    style,
    extra: add && (
      <Button icon={<PlusOutlined />} onClick={onAdd}>
        {add}
      </Button>
    ),
  };
}

/** Rows that open to their description and their lines (a theme's contents, a movement's requirements). */
function described<T extends { description: string | null }>(
  items: (row: T) => string[],
  list: 'ol' | 'ul',
): TableProps<T> {
  const List = list;
  return {
    size: 'small',
    expandable: {
      rowExpandable: (r) => items(r).length > 0 || !!r.description,
      expandedRowRender: (r) => (
        <div>
          {r.description && <Typography.Paragraph>{r.description}</Typography.Paragraph>}
          <List>
            {items(r).map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </List>
        </div>
      ),
    },
  };
}

/** The name column, sortable. */
function nameColumn<T extends { name: string }>(t: (k: string) => string): RegisterColumn<T> {
  return {
    title: t('plans.themes.name'),
    dataIndex: 'name',
    width: 360,
    sortKey: 'name',
    sortValue: (r) => r.name,
  };
}

/** Year themes and emulation movements of the unit and its superiors; coordinators set them. */
export default function ThemesPage() {
  const t = useT();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const themeState = useUrlState({ year: param.int() }, { prefix: 'th', pageSize: 20 });
  const movementState = useUrlState({ activeOnly: param.flag() }, { prefix: 'mv', pageSize: 20 });
  const themeQuery = { unitId: unit?.id, year: themeState.filters.year };
  const movementQuery = {
    unitId: unit?.id,
    activeOnly: movementState.filters.activeOnly ? 'true' : undefined,
  };
  const themes = useThemes(themeQuery);
  const movements = useMovements(movementQuery);
  const canSetTheme = useThemesCan(themeQuery).data?.create ?? false;
  const canStartMovement = useMovementsCan(movementQuery).data?.create ?? false;
  const themeDialogs = useRowDialogs<YearTheme>();
  const movementDialogs = useRowDialogs<Movement>();
  const editingTheme = themeDialogs.editing;
  const editingMovement = movementDialogs.editing;
  const saveTheme = usePlansMutation((v: ThemeForm) => {
    const { contentsText, ...rest } = v;
    const body = { ...rest, contents: lines(contentsText), guidingDocumentIds: v.guidingDocumentIds ?? [] };
    return editingTheme
      ? api.updateTheme(editingTheme.id, (({ unitId: _u, ...r }) => r)(body))
      : api.createTheme(body);
  });
  const saveMovement = usePlansMutation((v: MovementForm) => {
    const { requirementsText, ...rest } = v;
    const body = {
      ...rest,
      requirements: lines(requirementsText),
      fields: v.fields ?? [],
      guidingDocumentIds: v.guidingDocumentIds ?? [],
    };
    return editingMovement
      ? api.updateMovement(editingMovement.id, (({ unitId: _u, code: _c, ...r }) => r)(body))
      : api.createMovement(body);
  });

  return (
    <RegisterFrame
      title={t('plans.themes.title')}
      subtitle={t('plans.themes.subtitle')}
      modals={
        <>
          <RowFormModal<ThemeForm, YearTheme>
            dialogs={themeDialogs}
            title={(th) => (th ? th.name : t('plans.themes.createTheme'))}
            width={680}
            initialValues={
              editingTheme
                ? {
                    ...editingTheme,
                    contentsText: editingTheme.contents.join('\n'),
                    guidingDocumentIds: editingTheme.guidingDocuments.map((d) => d.id),
                  }
                : {
                    unitId: unit?.id,
                    year: Number(todayIso().slice(0, 4)),
                    description: '',
                    guidingDocumentIds: [],
                  }
            }
            save={saveTheme.mutateAsync}
            savedText={t('plans.themes.saved')}
          >
            <FormRow>
              <Field name="unitId" label={t('plans.themes.unit')} need width="grow">
                <UnitSelect disabled={!!editingTheme} />
              </Field>
              <Field name="year" label={t('plans.themes.year')} need width={120}>
                <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
              </Field>
            </FormRow>
            <Field name="name" label={t('plans.themes.name')} need="text">
              <Input maxLength={300} placeholder={t('plans.themes.namePlaceholder')} />
            </Field>
            <DescriptionField />
            <Field name="contentsText" label={t('plans.themes.contents')}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
            </Field>
            <DocumentsField unitId={unit?.id} />
          </RowFormModal>

          <RowFormModal<MovementForm, Movement>
            dialogs={movementDialogs}
            title={(m) => (m ? m.name : t('plans.themes.createMovement'))}
            width={680}
            initialValues={
              editingMovement
                ? {
                    ...editingMovement,
                    requirementsText: editingMovement.requirements.join('\n'),
                    guidingDocumentIds: editingMovement.guidingDocuments.map((d) => d.id),
                  }
                : {
                    unitId: unit?.id,
                    kind: 'phong_trao_thi_dua',
                    active: true,
                    description: '',
                    fields: [],
                    guidingDocumentIds: [],
                  }
            }
            save={saveMovement.mutateAsync}
            savedText={t('plans.themes.saved')}
          >
            <FormRow>
              <Field name="unitId" label={t('plans.themes.unit')} need width="grow">
                <UnitSelect disabled={!!editingMovement} />
              </Field>
              <Field
                name="code"
                label={t('plans.themes.code')}
                need
                rules={[{ pattern: /^[a-z0-9_]+$/ }]}
                width={200}
              >
                <Input maxLength={60} disabled={!!editingMovement} placeholder="dan_van_kheo" />
              </Field>
            </FormRow>
            <Field name="name" label={t('plans.themes.name')} need="text">
              <Input maxLength={300} />
            </Field>
            <FormRow>
              <Field name="kind" label={t('plans.themes.kind')} need width={220}>
                <Select
                  options={MOVEMENT_KINDS.map((k) => ({ value: k, label: t(`plans.themes.kinds.${k}`) }))}
                />
              </Field>
              <Field name="fields" label={t('plans.themes.fields')} width="grow">
                <Select mode="tags" open={false} />
              </Field>
            </FormRow>
            <DescriptionField />
            <Field name="requirementsText" label={t('plans.themes.requirements')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />
            </Field>
            <Field name="active" valuePropName="checked">
              <Checkbox>{t('plans.themes.active')}</Checkbox>
            </Field>
            <DocumentsField unitId={unit?.id} />
          </RowFormModal>
        </>
      }
    >
      <RegisterTable
        card={card(
          t('plans.themes.themes'),
          canSetTheme && t('plans.themes.createTheme'),
          themeDialogs.create,
          {
            marginBottom: 16,
          },
        )}
        state={themeState}
        query={themes}
        rowKey="id"
        filters={[{ type: 'year', key: 'year', placeholder: t('plans.themes.year'), width: 110 }]}
        table={described<YearTheme>((r) => r.contents, 'ol')}
        empty={t('plans.themes.emptyThemes')}
        columns={[
          {
            title: t('plans.themes.year'),
            dataIndex: 'year',
            width: 80,
            sortKey: 'year',
            sortValue: (r) => r.year,
          },
          nameColumn<YearTheme>(t),
          { title: t('plans.themes.unit'), dataIndex: 'unitName', width: 240 },
        ]}
        actions={[rowActions.edit(t, themeDialogs.edit, (r) => r.can.update)]}
      />
      <RegisterTable
        card={card(
          t('plans.themes.movements'),
          canStartMovement && t('plans.themes.createMovement'),
          movementDialogs.create,
        )}
        state={movementState}
        query={movements}
        rowKey="id"
        filters={[{ type: 'check', key: 'activeOnly', text: t('plans.themes.active') }]}
        table={described<Movement>((r) => r.requirements, 'ul')}
        empty={t('plans.themes.emptyMovements')}
        columns={[
          nameColumn<Movement>(t),
          {
            title: t('plans.themes.kind'),
            width: 160,
            render: (_, r) => t(`plans.themes.kinds.${r.kind}`),
          },
          {
            title: t('plans.themes.fields'),
            width: 240,
            render: (_, r) => r.fields.map((f) => <Tag key={f}>{f}</Tag>),
          },
          {
            title: t('common.status'),
            width: 130,
            render: (_, r) => (
              <ActiveTag active={r.active} on={t('plans.themes.active')} off={t('common.inactive')} />
            ),
          },
        ]}
        actions={[rowActions.edit(t, movementDialogs.edit, (r) => r.can.update)]}
      />
    </RegisterFrame>
  );
}
