import { Button, Flex, Form, Input, InputNumber, Select, Checkbox, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { CreateMovement, CreateYearTheme, Movement, YearTheme } from '@danvan/contracts';
import { MOVEMENT_KINDS } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe, usePermission } from '../../../shared/session.ts';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import {
  RegisterFrame,
  RegisterTable,
  param,
  rowActions,
  useRowDialogs,
  useUrlState,
} from '../../../shared/register/index.ts';
import { api, useMovements, usePlansMutation, useThemes } from '../api.ts';
import { DocSelect } from '../components/fields.tsx';

type ThemeForm = CreateYearTheme & { contentsText?: string };
type MovementForm = CreateMovement & { requirementsText?: string };
const lines = (s?: string) =>
  (s ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

/** Year themes and emulation movements of the unit and its superiors; coordinators set them. */
export default function ThemesPage() {
  const t = useT();
  const notify = useNotify();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const canManage = usePermission('plans:manage');
  const themeState = useUrlState({ year: param.int() }, { prefix: 'th', pageSize: 20 });
  const movementState = useUrlState({ activeOnly: param.flag() }, { prefix: 'mv', pageSize: 20 });
  const themes = useThemes({ unitId: unit?.id, year: themeState.filters.year });
  const movements = useMovements({
    unitId: unit?.id,
    activeOnly: movementState.filters.activeOnly ? 'true' : undefined,
  });
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
          <FormModal<ThemeForm>
            open={themeDialogs.formOpen}
            title={editingTheme ? editingTheme.name : t('plans.themes.createTheme')}
            width={680}
            onCancel={themeDialogs.closeForm}
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
            onSubmit={(v) =>
              saveTheme.mutateAsync(v).then(() => {
                notify.success(t('plans.themes.saved'));
                themeDialogs.closeForm();
              })
            }
          >
            <Flex gap={12} wrap>
              <Form.Item
                name="unitId"
                label={t('plans.themes.unit')}
                rules={[{ required: true }]}
                style={{ flex: 1 }}
              >
                <UnitSelect disabled={!!editingTheme} />
              </Form.Item>
              <Form.Item
                name="year"
                label={t('plans.themes.year')}
                rules={[{ required: true }]}
                style={{ width: 120 }}
              >
                <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
              </Form.Item>
            </Flex>
            <Form.Item
              name="name"
              label={t('plans.themes.name')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={300} placeholder="Năm dân vận chính quyền …" />
            </Form.Item>
            <Form.Item name="description" label={t('plans.themes.description')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={10000} />
            </Form.Item>
            <Form.Item name="contentsText" label={t('plans.themes.contents')}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
            </Form.Item>
            <Form.Item name="guidingDocumentIds" label={t('plans.editor.documents')}>
              <DocSelect unitId={unit?.id} />
            </Form.Item>
          </FormModal>

          <FormModal<MovementForm>
            open={movementDialogs.formOpen}
            title={editingMovement ? editingMovement.name : t('plans.themes.createMovement')}
            width={680}
            onCancel={movementDialogs.closeForm}
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
            onSubmit={(v) =>
              saveMovement.mutateAsync(v).then(() => {
                notify.success(t('plans.themes.saved'));
                movementDialogs.closeForm();
              })
            }
          >
            <Flex gap={12} wrap>
              <Form.Item
                name="unitId"
                label={t('plans.themes.unit')}
                rules={[{ required: true }]}
                style={{ flex: 1 }}
              >
                <UnitSelect disabled={!!editingMovement} />
              </Form.Item>
              <Form.Item
                name="code"
                label={t('plans.themes.code')}
                rules={[{ required: true, pattern: /^[a-z0-9_]+$/ }]}
                style={{ width: 200 }}
              >
                <Input maxLength={60} disabled={!!editingMovement} placeholder="dan_van_kheo" />
              </Form.Item>
            </Flex>
            <Form.Item
              name="name"
              label={t('plans.themes.name')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={300} />
            </Form.Item>
            <Flex gap={12} wrap>
              <Form.Item
                name="kind"
                label={t('plans.themes.kind')}
                rules={[{ required: true }]}
                style={{ width: 220 }}
              >
                <Select
                  options={MOVEMENT_KINDS.map((k) => ({ value: k, label: t(`plans.themes.kinds.${k}`) }))}
                />
              </Form.Item>
              <Form.Item name="fields" label={t('plans.themes.fields')} style={{ flex: 1 }}>
                <Select mode="tags" open={false} />
              </Form.Item>
            </Flex>
            <Form.Item name="description" label={t('plans.themes.description')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={10000} />
            </Form.Item>
            <Form.Item name="requirementsText" label={t('plans.themes.requirements')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />
            </Form.Item>
            <Form.Item name="active" valuePropName="checked">
              <Checkbox>{t('plans.themes.active')}</Checkbox>
            </Form.Item>
            <Form.Item name="guidingDocumentIds" label={t('plans.editor.documents')}>
              <DocSelect unitId={unit?.id} />
            </Form.Item>
          </FormModal>
        </>
      }
    >
      <RegisterTable
        card={{
          title: t('plans.themes.themes'),
          style: { marginBottom: 16 },
          extra: canManage && (
            <Button icon={<PlusOutlined />} onClick={themeDialogs.create}>
              {t('plans.themes.createTheme')}
            </Button>
          ),
        }}
        state={themeState}
        query={themes}
        rowKey="id"
        filters={[{ type: 'year', key: 'year', placeholder: t('plans.themes.year'), width: 110 }]}
        table={{
          size: 'small',
          expandable: {
            rowExpandable: (r) => r.contents.length > 0 || !!r.description,
            expandedRowRender: (r) => (
              <div>
                {r.description && <Typography.Paragraph>{r.description}</Typography.Paragraph>}
                <ol>
                  {r.contents.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ol>
              </div>
            ),
          },
        }}
        empty={t('plans.themes.emptyThemes')}
        columns={[
          {
            title: t('plans.themes.year'),
            dataIndex: 'year',
            width: 80,
            sortKey: 'year',
            sortValue: (r) => r.year,
          },
          {
            title: t('plans.themes.name'),
            dataIndex: 'name',
            width: 360,
            sortKey: 'name',
            sortValue: (r) => r.name,
          },
          { title: t('plans.themes.unit'), dataIndex: 'unitName', width: 240 },
        ]}
        actions={[rowActions.edit(t, themeDialogs.edit, (r) => r.can.update)]}
      />
      <RegisterTable
        card={{
          title: t('plans.themes.movements'),
          extra: canManage && (
            <Button icon={<PlusOutlined />} onClick={movementDialogs.create}>
              {t('plans.themes.createMovement')}
            </Button>
          ),
        }}
        state={movementState}
        query={movements}
        rowKey="id"
        filters={[{ type: 'check', key: 'activeOnly', text: t('plans.themes.active') }]}
        table={{
          size: 'small',
          expandable: {
            rowExpandable: (r) => r.requirements.length > 0 || !!r.description,
            expandedRowRender: (r) => (
              <div>
                {r.description && <Typography.Paragraph>{r.description}</Typography.Paragraph>}
                <ul>
                  {r.requirements.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              </div>
            ),
          },
        }}
        empty={t('plans.themes.emptyMovements')}
        columns={[
          {
            title: t('plans.themes.name'),
            dataIndex: 'name',
            width: 360,
            sortKey: 'name',
            sortValue: (r) => r.name,
          },
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
              <EnumTag
                vocab="active"
                value={r.active}
                label={r.active ? t('plans.themes.active') : t('common.inactive')}
              />
            ),
          },
        ]}
        actions={[rowActions.edit(t, movementDialogs.edit, (r) => r.can.update)]}
      />
    </RegisterFrame>
  );
}
