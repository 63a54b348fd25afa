/**
 * The papers of a petition as .docx in the form of Nghị định 30/2020/NĐ-CP: phiếu chuyển đơn, thông
 * báo thụ lý / không thụ lý, văn bản hướng dẫn, quyết định giải quyết khiếu nại, kết luận nội dung tố
 * cáo, and the request to verify a tố cáo. None carries a denouncer's identity: it is not in the
 * petition (the vault holds it), and the verification request and the conclusion (sent to verifiers
 * and to the person accused, Luật Tố cáo 2018 điều 47) name the matters only, by their summary.
 */
import {
  PETITION_DOCUMENT_LABELS,
  PETITION_FIELD_LABELS,
  PETITION_KIND_LABELS,
  type PetitionDocumentKind,
} from '@danvan/contracts';
import { formatDateVi, type PetitionField, type PetitionKind } from '@danvan/domain';
import { today, type Ctx } from '../../core/context.ts';
import { Forbidden, StateInvalid } from '../../core/errors.ts';
import { renderNd30Docx, type Block } from '../../core/documents/nd30.ts';
import { placeNameFor } from '../../core/documents/place.ts';
import * as org from '../org/index.ts';
import { loadPetition } from './petition/load-petition.ts';
import * as repo from './petition/petition.repository.ts';
import { canSeeDetail } from './petition/petition.policy.ts';
import { documentsOf, petitionCode } from './petition/petition.present.ts';

const para = (text: string): Block => ({ kind: 'paragraph', text });
function paras(text: string | null): Block[] {
  return (text ?? '')
    .split(/\n+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map(para);
}

function issuerOf(unit: { name: string; kind: string; code: string }) {
  const committee = unit.kind === 'commune' || unit.kind === 'province' || unit.kind === 'district';
  const issuer =
    committee && !/^(Ủy ban|UBND)/iu.test(unit.name) ? `Ủy ban nhân dân ${unit.name}` : unit.name;
  const short = committee ? 'UBND' : unit.code.replace(/[^A-Za-z0-9]/g, '').slice(0, 10);
  return { issuer, committee, short };
}

const DOC_TYPE: Record<PetitionDocumentKind, { type: string; symbol: string }> = {
  'phieu-chuyen-don': { type: 'PHIẾU CHUYỂN ĐƠN', symbol: 'PC' },
  'thong-bao-thu-ly': { type: 'THÔNG BÁO', symbol: 'TB' },
  'thong-bao-khong-thu-ly': { type: 'THÔNG BÁO', symbol: 'TB' },
  'van-ban-huong-dan': { type: '', symbol: 'HD' },
  'quyet-dinh-giai-quyet': { type: 'QUYẾT ĐỊNH', symbol: 'QĐ' },
  'ket-luan-to-cao': { type: 'KẾT LUẬN', symbol: 'KL' },
  'yeu-cau-xac-minh': { type: '', symbol: 'XM' },
};

/** Renders one paper of a case; 409 when the step that produces it has not been taken. */
export async function petitionDocument(ctx: Ctx, id: number, doc: PetitionDocumentKind) {
  const p = await loadPetition(ctx, id);
  if (
    !canSeeDetail(ctx.actor, { unitId: p.unitId, unitPath: p.unitPath, kind: p.kind, handlerId: p.handlerId })
  )
    throw Forbidden(
      'Hồ sơ tố cáo được bảo vệ: chỉ người được giao giải quyết và thủ trưởng đơn vị xem được văn bản.',
    );
  const steps = await repo.steps(ctx.db, id);
  if (!documentsOf(p, steps).includes(doc))
    throw StateInvalid(
      `Chưa có "${PETITION_DOCUMENT_LABELS[doc].vi}": bước giải quyết tương ứng chưa thực hiện.`,
    );
  const unit = (await org.getUnitById(ctx, p.unitId))!;
  const { issuer, committee, short } = issuerOf(unit);
  const kind = PETITION_KIND_LABELS[p.kind as PetitionKind].vi.toLocaleLowerCase('vi-VN');
  const field = PETITION_FIELD_LABELS[p.field as PetitionField].vi.toLocaleLowerCase('vi-VN');
  const stepOn = (s: string) => steps.filter((x) => x.step === s).at(-1)?.on ?? today(ctx);
  const petitioner =
    p.kind === 'to_cao'
      ? 'người tố cáo'
      : p.representativeName
        ? `ông (bà) ${p.representativeName}`
        : 'người gửi đơn';
  const received = `Ngày ${formatDateVi(p.receivedOn)}, ${issuer} nhận được đơn ${kind} (số ${petitionCode(p)}) về việc: ${p.subject}.`;
  let subject = '';
  let blocks: Block[] = [];
  let recipients: string[] = [];
  let date: string | null = stepOn('accept');
  switch (doc) {
    case 'phieu-chuyen-don':
      date = stepOn('transfer');
      subject = `Chuyển đơn ${kind} đến ${p.toBody}`;
      blocks = [
        para(`Kính gửi: ${p.toBody}.`),
        para(received),
        para(
          `Lĩnh vực: ${field}. Sau khi xem xét, nội dung đơn không thuộc thẩm quyền giải quyết của ${issuer}. Căn cứ Thông tư số 05/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ quy định quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh, ${issuer} chuyển đơn đến ${p.toBody} để xem xét, giải quyết theo thẩm quyền.`,
        ),
        ...(p.kind === 'to_cao'
          ? [
              para(
                'Thông tin về người tố cáo được giữ bí mật theo Điều 47 Luật Tố cáo năm 2018 và không ghi trong phiếu này.',
              ),
            ]
          : []),
      ];
      recipients = [
        p.toBody ?? 'Như trên',
        p.kind === 'to_cao' ? 'Người tố cáo (để biết)' : 'Người gửi đơn (để biết)',
      ];
      break;
    case 'thong-bao-thu-ly':
      subject = `Thụ lý giải quyết đơn ${kind}`;
      blocks = [
        para(received),
        para(
          `Xét thấy đơn đủ điều kiện thụ lý, ${issuer} thông báo: thụ lý giải quyết đơn ${kind} từ ngày ${formatDateVi(p.acceptedOn!)}.`,
        ),
        para(
          p.resolutionDue
            ? `Thời hạn giải quyết: đến hết ngày ${formatDateVi(p.resolutionDue)} (theo quy định của pháp luật hiện hành, ngày nghỉ, ngày lễ tính theo Bộ luật Dân sự năm 2015).`
            : 'Đơn được xem xét, trả lời theo quy định.',
        ),
      ];
      recipients = [p.kind === 'to_cao' ? 'Người tố cáo' : petitioner, 'Lưu: VT, hồ sơ'];
      break;
    case 'thong-bao-khong-thu-ly':
      date = stepOn('file');
      subject = `Không thụ lý giải quyết đơn ${kind}`;
      blocks = [
        para(received),
        para(
          `${issuer} thông báo không thụ lý giải quyết đơn với lý do: ${steps.filter((x) => x.step === 'file').at(-1)?.note ?? ''}.`,
        ),
      ];
      recipients = [p.kind === 'to_cao' ? 'Người tố cáo' : petitioner];
      break;
    case 'van-ban-huong-dan':
      date = stepOn('guide');
      subject = `Hướng dẫn gửi đơn đến cơ quan có thẩm quyền`;
      blocks = [
        para(`Kính gửi: ${p.kind === 'to_cao' ? 'Người tố cáo' : petitioner}.`),
        para(received),
        para(
          `Nội dung đơn không thuộc thẩm quyền giải quyết của ${issuer}. Đề nghị ${petitioner} gửi đơn đến ${p.toBody} để được xem xét, giải quyết theo quy định.`,
        ),
        ...paras(steps.filter((x) => x.step === 'guide').at(-1)?.note ?? null),
      ];
      recipients = ['Như trên'];
      break;
    case 'quyet-dinh-giai-quyet':
      date = p.decidedOn;
      subject = `Về việc giải quyết khiếu nại${p.secondInstance ? ' (lần hai)' : ' (lần đầu)'} của ${petitioner}`;
      blocks = [
        para('Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;'),
        para(
          'Căn cứ Nghị định số 124/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại;',
        ),
        para(`Xét đơn khiếu nại ngày ${formatDateVi(p.receivedOn)} về việc: ${p.subject}.`),
        { kind: 'heading', level: 1, text: 'QUYẾT ĐỊNH:' },
        ...paras(p.decisionSummary),
        para(`Quyết định này có hiệu lực kể từ ngày ký. Số: ${p.decisionNumber}.`),
      ];
      recipients = [petitioner, 'Cơ quan, tổ chức, cá nhân có liên quan'];
      break;
    case 'ket-luan-to-cao':
      date = p.decidedOn;
      subject = `Kết luận nội dung tố cáo`;
      blocks = [
        para(
          `Ngày ${formatDateVi(p.acceptedOn ?? p.receivedOn)}, ${issuer} thụ lý giải quyết tố cáo về việc: ${p.subject}.`,
        ),
        para(
          'Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018 và Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ, kết luận như sau:',
        ),
        ...paras(p.decisionSummary),
        para(
          `Số kết luận: ${p.decisionNumber}. Thông tin về người tố cáo được giữ bí mật theo Điều 47 Luật Tố cáo năm 2018.`,
        ),
      ];
      recipients = ['Người bị tố cáo', 'Người tố cáo (gửi riêng)', 'Cơ quan có liên quan'];
      break;
    case 'yeu-cau-xac-minh':
      subject = `Đề nghị xác minh nội dung tố cáo`;
      blocks = [
        para(
          `${issuer} đang giải quyết tố cáo (số ${petitionCode(p)}, thụ lý ngày ${formatDateVi(p.acceptedOn!)}) về việc: ${p.subject}; lĩnh vực: ${field}.`,
        ),
        para(
          'Đề nghị cơ quan, đơn vị, cá nhân được giao xác minh làm rõ các nội dung nêu trên, báo cáo kết quả bằng văn bản trước thời hạn giải quyết' +
            (p.resolutionDue ? ` (ngày ${formatDateVi(p.resolutionDue)}).` : '.'),
        ),
        para(
          'Văn bản này không ghi thông tin về người tố cáo. Người nhận có trách nhiệm giữ bí mật theo Điều 47 Luật Tố cáo năm 2018.',
        ),
      ];
      recipients = ['Cơ quan, đơn vị được giao xác minh'];
      break;
  }
  const buffer = await renderNd30Docx({
    issuer,
    numberSymbol: `/${DOC_TYPE[doc].symbol}-${short}`,
    place: await placeNameFor(unit, (ids) => org.getUnitsByIds(ctx, ids)),
    date,
    docType: DOC_TYPE[doc].type,
    subject,
    blocks,
    recipients,
    signer: {
      authority: committee ? 'TM. ỦY BAN NHÂN DÂN' : undefined,
      position: committee ? 'CHỦ TỊCH' : 'THỦ TRƯỞNG ĐƠN VỊ',
      name: '',
    },
  });
  return { filename: `${doc}-${p.id}.docx`, buffer };
}
