/**
 * The OpenAPI 3.1 document (served at /api/openapi.json, written by `npm run openapi`, linted by
 * Redocly in `npm run verify`). Built by @fastify/swagger from the routes' zod schemas through
 * fastify-type-provider-zod; this file adds what the schemas alone do not say, from what route()
 * declared (`config.access`, `config.doc`): the success answer (JSON, file, or 204), the problem+json
 * errors an operation can give, the multipart body of an upload, `security: []` on public routes,
 * the declared tags, and named components for the recursive and shared schemas.
 */
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as c from '@danvan/contracts';
import type { RouteDoc } from './route.ts';

/**
 * Schemas that become named components (`#/components/schemas/<id>`; the request-side copy of a schema
 * used in both directions is `<id>Input`). The recursive outline of a report template must be one: a
 * `z.lazy` inlined has no name to refer to itself by.
 */
export const openapiComponents = z.registry<{ id: string; description?: string }>();
// request side: `TemplateSectionInput` (the IO split of fastify-type-provider-zod adds "Input")
openapiComponents.add(c.TemplateSectionInput, {
  id: 'TemplateSection',
  description: 'Một mục của đề cương báo cáo gửi lên, với các mục con (đệ quy).',
});
openapiComponents.add(c.TemplateSectionView, {
  id: 'TemplateSectionView',
  description: 'Một mục của đề cương báo cáo, với các mục con (đệ quy).',
});
openapiComponents.add(c.ProblemSchema, {
  id: 'Problem',
  description:
    'Lỗi theo RFC 9457 (application/problem+json): `code` ổn định để máy đọc, `detail` bằng tiếng Việt, `errors` theo từng trường.',
});

/** The answers, each a component named as in contracts (the reporting views without their suffix). */
const VIEWS: [z.ZodType, string][] = [
  [c.Ok, 'Ok'],
  [c.DeploymentMeta, 'DeploymentMeta'],
  [c.Me, 'Me'],
  [c.Assignment, 'Assignment'],
  [c.User, 'User'],
  [c.OrgUnit, 'OrgUnit'],
  [c.OrgGroup, 'OrgGroup'],
  [c.OrgEvent, 'OrgEvent'],
  [c.OrgUnitHistory, 'OrgUnitHistory'],
  [c.ImportPreview, 'ImportPreview'],
  [c.ImportResult, 'ImportResult'],
  [c.AuditView, 'AuditView'],
  [c.Notification, 'Notification'],
  [c.UnreadCount, 'UnreadCount'],
  [c.FileMeta, 'FileMeta'],
  [c.UnitRef, 'UnitRef'],
  [c.DocRef, 'DocRef'],
  [c.UnitSelectorView, 'UnitSelector'],
  [c.GuidingDocument, 'GuidingDocument'],
  [c.PlanSummary, 'PlanSummary'],
  [c.Plan, 'Plan'],
  [c.PlanRequirementOfUnit, 'PlanRequirementOfUnit'],
  [c.PlanCompliance, 'PlanCompliance'],
  [c.LeaderAssignment, 'LeaderAssignment'],
  [c.LeaderCompliance, 'LeaderCompliance'],
  [c.YearTheme, 'YearTheme'],
  [c.Movement, 'Movement'],
  [c.Task, 'Task'],
  [c.TaskAssignment, 'TaskAssignment'],
  [c.TaskAssignmentDetail, 'TaskAssignmentDetail'],
  [c.MyTasks, 'MyTasks'],
  [c.Matrix, 'Matrix'],
  [c.TaskImportPreview, 'TaskImportPreview'],
  [c.TaskImportResult, 'TaskImportResult'],
  [c.TemplateSummaryView, 'TemplateSummary'],
  [c.TemplateDetailView, 'TemplateDetail'],
  [c.FigureProviderViewSchema, 'FigureProvider'],
  [c.PeriodView, 'Period'],
  [c.RemindLateUnitsResultView, 'RemindLateUnitsResult'],
  [c.ReportRefView, 'ReportRef'],
  [c.ReportView, 'Report'],
  [c.ReportSaveView, 'SaveResult'],
  [c.RollupView, 'Rollup'],
  [c.DrilldownRowView, 'DrilldownRow'],
  [c.DashboardView, 'Dashboard'],
  [c.CompilationView, 'Compilation'],
];
for (const [schema, id] of VIEWS) openapiComponents.add(schema, { id });

/** The tags of the operations, in the order the documentation shows them. */
export const OPENAPI_TAGS: { name: string; description: string }[] = [
  { name: 'Đăng nhập', description: 'Phiên làm việc, người dùng hiện tại, đổi mật khẩu, chọn đơn vị.' },
  { name: 'Cơ cấu tổ chức', description: 'Cây đơn vị: tạo, sửa, chuyển, sáp nhập, chia tách, nhập, xuất.' },
  { name: 'Người dùng và phân quyền', description: 'Tài khoản và vai trò tại đơn vị.' },
  {
    name: 'Kế hoạch, nhiệm vụ',
    description:
      'Văn bản chỉ đạo, kế hoạch, nhiệm vụ giao cho đơn vị, lãnh đạo phụ trách, chủ đề năm và phong trào.',
  },
  { name: 'Báo cáo định kỳ', description: 'Mẫu báo cáo, kỳ báo cáo, báo cáo của đơn vị, tổng hợp.' },
  { name: 'Tệp đính kèm', description: 'Tệp minh chứng gắn với hồ sơ.' },
  { name: 'Thông báo', description: 'Hộp thông báo của người dùng.' },
  { name: 'Nhật ký', description: 'Nhật ký thao tác.' },
  {
    name: 'Thời hạn theo luật, lịch ngày làm việc',
    description: 'Thời hạn giải quyết theo văn bản pháp luật và lịch ngày làm việc, ngày nghỉ.',
  },
  {
    name: 'Bảo vệ danh tính người tố cáo',
    description:
      'Trạng thái bảo vệ danh tính của hồ sơ; xem danh tính có lý do, ghi nhật ký (người được giao giải quyết).',
  },
  {
    name: 'Nắm tình hình Nhân dân',
    description: 'Điểm nóng, dân tộc, tôn giáo, giải phóng mặt bằng theo địa bàn; việc cần làm và tiến độ.',
  },
  {
    name: 'Tập huấn, bồi dưỡng công tác dân vận',
    description:
      'Hội nghị, lớp tập huấn, bồi dưỡng; người tham dự theo đơn vị và danh sách (nhập từ .xlsx); số CBCCVC của đơn vị; tỷ lệ được tập huấn.',
  },
  {
    name: 'Thanh tra, kiểm tra công vụ',
    description:
      'Kế hoạch thanh tra, kiểm tra công vụ hằng năm; cuộc thanh tra, kiểm tra; vi phạm (thông tin cá nhân chỉ người có quyền xem); kiến nghị và theo dõi thực hiện; kết luận .docx.',
  },
  {
    name: 'Trả lời kiến nghị: đối thoại, giám sát, phản biện, kiến nghị cử tri, lấy ý kiến',
    description:
      'Đối thoại trực tiếp và nội dung cam kết; kiến nghị sau giám sát, phản biện xã hội của Mặt trận; kiến nghị cử tri kỳ họp HĐND; lấy ý kiến Nhân dân (kiểm duyệt góp ý); giao, trả lời, đánh giá, công khai; đúng hạn theo đơn vị.',
  },
  {
    name: 'Mô hình “Dân vận khéo”, khen thưởng',
    description:
      'Đăng ký, kết quả, đánh giá theo tiêu chí, công nhận, nhân rộng mô hình; định mức 01–02 mô hình; biểu dương, khen thưởng.',
  },
  {
    name: 'Chấm điểm, thẩm định, xếp loại',
    description:
      'Bộ tiêu chí theo năm (phiên bản), thang xếp loại và tỷ lệ khống chế; tự chấm có điểm đề xuất từ số liệu và tài liệu kiểm chứng; thẩm định, giải trình, kết luận; xếp hạng theo khối; quyết định công nhận .docx.',
  },
  {
    name: 'Tiếp công dân',
    description:
      'Lịch tiếp công dân, sổ tiếp công dân, thông báo kết luận, tuân thủ định mức tiếp dân của người đứng đầu.',
  },
  {
    name: 'Đơn thư',
    description:
      'Khiếu nại, tố cáo, kiến nghị, phản ánh: tiếp nhận, phân loại, thụ lý, giải quyết theo thời hạn luật định, văn bản, cảnh báo.',
  },
  {
    name: 'Cổng thông tin cho người dân',
    description:
      'Không cần tài khoản: lịch tiếp công dân, gửi đơn thư, phản ánh (xác minh chống tự động ALTCHA, giới hạn số lần), tra cứu bằng mã, câu trả lời đã công bố, đánh giá mức độ hài lòng.',
  },
  {
    name: 'Cổng thông tin: công bố, đánh giá',
    description:
      'Cán bộ công bố, gỡ câu trả lời kiến nghị, phản ánh trên Cổng; đánh giá của người dân; chỉ số hài lòng theo đơn vị và kỳ.',
  },
  { name: 'Hệ thống', description: 'Thông tin triển khai và kiểm tra tình trạng máy chủ.' },
];

const PROBLEM_DESCRIPTIONS: Record<string, string> = {
  400: 'Dữ liệu không hợp lệ (validation_failed, import_invalid…): sửa dữ liệu theo `errors`.',
  401: 'Chưa đăng nhập hoặc phiên đã hết hạn.',
  403: 'Không có quyền, hoặc yêu cầu đến từ nguồn không được phép.',
  404: 'Không tìm thấy, hoặc ngoài phạm vi được xem.',
  409: 'Trạng thái của hồ sơ không cho phép lúc này (đã bị sửa, đã khóa, sai trạng thái).',
  413: 'Tệp hoặc dữ liệu gửi lên vượt quá dung lượng cho phép.',
  415: 'Định dạng dữ liệu hoặc loại tệp không được chấp nhận.',
  422: 'Vi phạm quy tắc nghiệp vụ.',
  423: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần.',
  429: 'Quá nhiều yêu cầu, thử lại sau.',
  '5XX': 'Lỗi hệ thống (500) hoặc cơ sở dữ liệu tạm thời không truy cập được (503).',
};

/** The shared error answers (`#/components/responses/<name>`), by status. */
const PROBLEM_NAMES: Record<string, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  422: 'UnprocessableEntity',
  423: 'Locked',
  429: 'TooManyRequests',
  '5XX': 'ServerError',
};

const PROBLEM = 'application/problem+json';
const problemResponse = (status: string) => ({
  description: PROBLEM_DESCRIPTIONS[status] ?? 'Lỗi',
  content: { [PROBLEM]: { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** The problem+json answers an operation can give, from its declared access, method and inputs. */
export function errorStatuses(r: {
  method: string;
  access: string | undefined;
  hasInput: boolean;
  upload: boolean;
  rateLimited: boolean;
  login?: boolean;
}): string[] {
  const out = new Set<string>(['400']);
  const write = r.method !== 'GET' && r.method !== 'HEAD';
  if (r.access !== 'public' || r.login) out.add('401');
  if (r.access !== 'public' || write) out.add('403');
  if (r.access !== 'public') out.add('404');
  if (write && r.access !== 'public') {
    out.add('409');
    out.add('422');
  }
  if (write && (r.hasInput || r.upload)) {
    out.add('413');
    out.add('415');
  }
  if (r.login) out.add('423');
  if (r.rateLimited) out.add('429');
  out.add('5XX');
  return [...out].sort();
}

type Transform = NonNullable<FastifyDynamicSwaggerOptions['transform']>;
type TransformObject = NonNullable<FastifyDynamicSwaggerOptions['transformObject']>;
const zodTransform = createJsonSchemaTransform({ schemaRegistry: openapiComponents });
const zodTransformObject = createJsonSchemaTransformObject({ schemaRegistry: openapiComponents });

const transform: Transform = (input) => {
  const out = zodTransform(input as never) as { schema: Record<string, unknown>; url: string };
  const schema = out.schema;
  if (!schema || schema.hide) return out;
  const config = (input.route as { config?: { access?: string; doc?: RouteDoc } }).config ?? {};
  const doc = config.doc;
  const method = String([input.route.method].flat()[0]);
  const responses: Record<string, unknown> = {};
  for (const [status, s] of Object.entries((schema.response ?? {}) as Record<string, unknown>))
    responses[status] = { description: 'Thành công', content: { 'application/json': { schema: s } } };
  if (doc?.answer === 'file')
    responses[String(doc.status)] = {
      description: 'Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266).',
      content: Object.fromEntries(
        (doc.files ?? []).map((m) => [m, { schema: { type: 'string', format: 'binary' } }]),
      ),
    };
  if (doc?.answer === 'empty')
    responses['204'] = { type: 'null', description: 'Đã xong (không có nội dung).' };
  if (doc?.upload) {
    const fields = doc.upload.fields ?? {};
    schema.body = {
      type: 'object',
      required: ['file', ...Object.keys(fields).filter((k) => fields[k].required)],
      properties: {
        file: { type: 'string', format: 'binary', description: doc.upload.file },
        ...Object.fromEntries(
          Object.entries(fields).map(([k, f]) => [k, { type: 'string', description: f.description }]),
        ),
      },
    };
    schema.consumes = ['multipart/form-data'];
  }
  for (const status of errorStatuses({
    method,
    access: config.access,
    hasInput: Boolean(schema.body),
    upload: Boolean(doc?.upload),
    rateLimited: Boolean(doc?.rateLimited),
    login: input.url === '/api/v1/auth/login',
  }))
    responses[status] = problemResponse(status);
  schema.response = responses;
  if (config.access === 'public') schema.security = [];
  return out;
};

/** Components from the registry; tags declared; components nobody refers to dropped. */
const transformObject: TransformObject = (input) => {
  const doc = zodTransformObject(input as never) as {
    paths: Record<string, Record<string, { tags?: string[] }>>;
    components: { schemas?: Record<string, unknown> };
    tags?: { name: string; description?: string }[];
  };
  const used = new Set(
    Object.values(doc.paths).flatMap((p) => Object.values(p).flatMap((o) => o.tags ?? [])),
  );
  doc.tags = [
    ...OPENAPI_TAGS.filter((t) => used.has(t.name)),
    ...[...used].filter((t) => !OPENAPI_TAGS.some((d) => d.name === t)).map((name) => ({ name })),
  ];
  // the problem answers, written once as components and referred to by every operation
  const shared: Record<string, unknown> = {};
  for (const ops of Object.values(doc.paths))
    for (const op of Object.values(ops) as { responses?: Record<string, { content?: object }> }[])
      for (const [status, r] of Object.entries(op.responses ?? {})) {
        const name = PROBLEM_NAMES[status];
        if (!name || !r.content || !(PROBLEM in r.content)) continue;
        shared[name] = problemResponse(status);
        op.responses![status] = { $ref: `#/components/responses/${name}` } as never;
      }
  (doc.components as { responses?: Record<string, unknown> }).responses = shared;
  const schemas = doc.components.schemas ?? {};
  const refs = (v: unknown) =>
    [...JSON.stringify(v).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
  const reached = new Set<string>();
  const queue = refs([doc.paths, shared]);
  while (queue.length) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    queue.push(...refs(schemas[id] ?? {}));
  }
  for (const id of Object.keys(schemas)) if (!reached.has(id)) delete schemas[id];
  return doc as never;
};

/** The options app.ts gives @fastify/swagger. */
export function openapiOptions(): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'danvan — Dân vận chính quyền API',
        version: '1.0.0',
        description:
          'API REST của hệ thống quản lý công tác dân vận chính quyền. Xác thực bằng cookie phiên (đăng nhập tại /api/v1/auth/login). Lỗi trả về theo application/problem+json (thành phần `Problem`) với trường `code` ổn định. Danh sách phân trang trả về {items, total, page, pageSize}.',
      },
      servers: [{ url: '/', description: 'Máy chủ phục vụ tài liệu này' }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'dv_sid' } } },
      security: [{ session: [] }],
    },
    transform,
    transformObject,
  };
}
