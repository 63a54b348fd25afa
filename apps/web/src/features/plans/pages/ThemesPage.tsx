import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Form, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CreateMovement, CreateYearTheme, Movement, YearTheme } from '@danvan/contracts';
import { MOVEMENT_KINDS } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe, usePermission } from '../../../shared/session.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
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
  const themes = useThemes({ unitId: unit?.id });
  const movements = useMovements({ unitId: unit?.id });
  const [theme, setTheme] = useState<YearTheme | 'new' | null>(null);
  const [movement, setMovement] = useState<Movement | 'new' | null>(null);
  const saveTheme = usePlansMutation((v: ThemeForm) => {
    const { contentsText, ...rest } = v;
    const body = { ...rest, contents: lines(contentsText), guidingDocumentIds: v.guidingDocumentIds ?? [] };
    return theme && theme !== 'new'
      ? api.updateTheme(theme.id, (({ unitId: _u, ...r }) => r)(body))
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
    return movement && movement !== 'new'
      ? api.updateMovement(movement.id, (({ unitId: _u, code: _c, ...r }) => r)(body))
      : api.createMovement(body);
  });
  const editingTheme = theme && theme !== 'new' ? theme : null;
  const editingMovement = movement && movement !== 'new' ? movement : null;

  return (
    <div>
      <PageHeader title={t('plans.themes.title')} subtitle={t('plans.themes.subtitle')} />
      <Card
        title={t('plans.themes.themes')}
        style={{ marginBottom: 16 }}
        extra={
          canManage && (
            <Button icon={<PlusOutlined />} onClick={() => setTheme('new')}>
              {t('plans.themes.createTheme')}
            </Button>
          )
        }
      >
        <ErrorAlert error={themes.error} onRetry={() => themes.refetch()} />
        <Table<YearTheme>
          rowKey="id"
          size="small"
          loading={themes.isLoading}
          dataSource={themes.data ?? []}
          pagination={false}
          locale={{ emptyText: <EmptyState description={t('plans.themes.emptyThemes')} /> }}
          expandable={{
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
          }}
          columns={[
            { title: t('plans.themes.year'), dataIndex: 'year', width: 80 },
            { title: t('plans.themes.name'), dataIndex: 'name' },
            { title: t('plans.themes.unit'), dataIndex: 'unitName', width: 240 },
            {
              title: '',
              key: 'a',
              width: 60,
              render: (_, r) =>
                r.can.update && (
                  <Button
                    size="small"
                    type="text"
                    icon={<EditOutlined />}
                    onClick={() => setTheme(r)}
                    aria-label={t('common.edit')}
                  />
                ),
            },
          ]}
        />
      </Card>
      <Card
        title={t('plans.themes.movements')}
        extra={
          canManage && (
            <Button icon={<PlusOutlined />} onClick={() => setMovement('new')}>
              {t('plans.themes.createMovement')}
            </Button>
          )
        }
      >
        <ErrorAlert error={movements.error} onRetry={() => movements.refetch()} />
        <Table<Movement>
          rowKey="id"
          size="small"
          loading={movements.isLoading}
          dataSource={movements.data ?? []}
          pagination={false}
          locale={{ emptyText: <EmptyState description={t('plans.themes.emptyMovements')} /> }}
          expandable={{
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
          }}
          columns={[
            { title: t('plans.themes.name'), dataIndex: 'name' },
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
                <Tag color={r.active ? 'green' : 'default'}>
                  {r.active ? t('plans.themes.active') : t('common.inactive')}
                </Tag>
              ),
            },
            {
              title: '',
              key: 'a',
              width: 60,
              render: (_, r) =>
                r.can.update && (
                  <Button
                    size="small"
                    type="text"
                    icon={<EditOutlined />}
                    onClick={() => setMovement(r)}
                    aria-label={t('common.edit')}
                  />
                ),
            },
          ]}
        />
      </Card>

      <FormModal<ThemeForm>
        open={theme !== null}
        title={editingTheme ? editingTheme.name : t('plans.themes.createTheme')}
        width={680}
        onCancel={() => setTheme(null)}
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
            setTheme(null);
          })
        }
      >
        <Flex gap={12}>
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
        <Form.Item name="name" label={t('plans.themes.name')} rules={[{ required: true, whitespace: true }]}>
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
        open={movement !== null}
        title={editingMovement ? editingMovement.name : t('plans.themes.createMovement')}
        width={680}
        onCancel={() => setMovement(null)}
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
            setMovement(null);
          })
        }
      >
        <Flex gap={12}>
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
        <Form.Item name="name" label={t('plans.themes.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Flex gap={12}>
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
    </div>
  );
}
