/**
 * Access-control matrix rows of the training module: one per route. Courses and headcounts are made
 * with the system context at the target unit: communeA ('own'), communeB ('sibling') or the province
 * root ('parent').
 */
import ExcelJS from 'exceljs';
import { todayInVietnam } from '@danvan/domain';
import type { BuiltRequest, MatrixContext, MatrixRow, Target } from '../../../test/access-matrix.types.ts';
import { sys, uid } from '../../../test/factories.ts';
import * as org from '../org/index.ts';
import { createCourse } from './course/create-course.ts';
import { setHeadcount } from './headcount/set-headcount.ts';

const B = '/api/v1/training';
const req = (url: string, payload?: unknown, recordId?: unknown): BuiltRequest => ({
  url,
  payload,
  recordId,
});
const today = () => todayInVietnam(new Date());
const listed = (b: { items: { id: number }[] }, id: unknown) => b.items.some((x) => x.id === id);

async function courseAt(m: MatrixContext, t: Target) {
  return createCourse(sys(m.env), {
    unitId: m.unitId(t),
    topic: `Lớp tập huấn thử ${uid()}`,
    startOn: today(),
    endOn: today(),
  });
}

async function attendanceFile(m: MatrixContext): Promise<Buffer> {
  const unit = await org.getUnitById(sys(m.env), m.p.communeA.id);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị']);
  ws.addRow([1, `Người Thử ${uid()}`, 'Công chức', unit!.code]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let year = 1990;
const nextYear = () => (year = year >= 2100 ? 1990 : year + 1);

export const rows: MatrixRow[] = [
  {
    method: 'GET',
    url: `${B}/courses`,
    kind: 'list',
    request: async (m, t) => {
      const c = await courseAt(m, t);
      return req(`${B}/courses?q=${encodeURIComponent(c.topic)}`, undefined, c.id);
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'GET',
    url: `${B}/courses/export.xlsx`,
    request: async (m, t) => req(`${B}/courses/export.xlsx?unitId=${m.unitId(t)}`),
  },
  {
    method: 'POST',
    url: `${B}/courses`,
    request: async (m, t) =>
      req(`${B}/courses`, {
        unitId: m.unitId(t),
        topic: `Lớp mới ${uid()}`,
        startOn: today(),
        endOn: today(),
      }),
  },
  {
    method: 'GET',
    url: `${B}/courses/:id`,
    request: async (m, t) => req(`${B}/courses/${(await courseAt(m, t)).id}`),
  },
  {
    method: 'PATCH',
    url: `${B}/courses/:id`,
    request: async (m, t) =>
      req(`${B}/courses/${(await courseAt(m, t)).id}`, { topic: `Đã sửa ${uid()}`, expectedVersion: 1 }),
  },
  {
    method: 'PUT',
    url: `${B}/courses/:id/attendance`,
    request: async (m, t) =>
      req(`${B}/courses/${(await courseAt(m, t)).id}/attendance`, {
        expectedVersion: 1,
        units: [{ unitId: m.unitId(t), count: 3 }],
      }),
  },
  {
    method: 'POST',
    url: `${B}/courses/:id/attendance/import`,
    request: async (m, t) => ({
      url: `${B}/courses/${(await courseAt(m, t)).id}/attendance/import?mode=preview`,
      file: { name: 'danh-sach.xlsx', content: await attendanceFile(m) },
    }),
  },
  {
    method: 'GET',
    url: `${B}/headcounts`,
    kind: 'list',
    request: async (m, t) => {
      const h = await setHeadcount(sys(m.env), { unitId: m.unitId(t), year: nextYear(), civilServants: 30 });
      return req(`${B}/headcounts?year=${h.year}&pageSize=500`, undefined, h.id);
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'PUT',
    url: `${B}/headcounts`,
    okStatuses: [409],
    request: async (m, t) =>
      req(`${B}/headcounts`, { unitId: m.unitId(t), year: nextYear(), civilServants: 25 }),
  },
  {
    method: 'GET',
    url: `${B}/figures`,
    request: async (m, t) => req(`${B}/figures?unitId=${m.unitId(t)}&year=2026`),
  },
  {
    method: 'GET',
    url: `${B}/figures/export.xlsx`,
    request: async (m, t) => req(`${B}/figures/export.xlsx?unitId=${m.unitId(t)}&year=2026`),
  },
];
