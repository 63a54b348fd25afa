/**
 * Demo data of the models module (every model and commendation marked as demo), in the demo province
 * (Đồng Nai, modules/org demo-province.data.ts): models of the four fields at departments, a public
 * service unit and wards, at every stage (registered, running with results, evaluated, recognised at
 * province level and replicated), an individual's model, and the commendations of the year. The
 * registration content follows the provinces' registration forms cited in packages/domain models
 * (Ban Dân vận Tỉnh ủy Đắk Nông 2023, Bình Phước 2020); the scores use the seeded criteria.
 */
import { minIsoDate } from '@danvan/domain';
import type { CreateModel } from '@danvan/contracts';
import { today, type Ctx } from '../../core/context.ts';
import { registerDemoSeeder } from '../../core/demo.ts';
import * as org from '../org/index.ts';
import { createCommendation } from './commendation/create-commendation.ts';
import { listCriteria } from './criterion/read-criteria.ts';
import { evaluateModel } from './evaluation/evaluate-model.ts';
import { createModel } from './model/create-model.ts';
import { recogniseModel } from './model/recognise-model.ts';
import { replicateModel } from './model/replicate-model.ts';
import { startModel } from './model/start-model.ts';
import { addResult } from './result/add-result.ts';
import { ensureModelsSeed } from './shared/seed.ts';

type Stage = 'registered' | 'running' | 'evaluated' | 'recognised' | 'replicated';

interface DemoModel {
  unitCode: string;
  stage: Stage;
  share?: number;
  model: Omit<CreateModel, 'unitId' | 'registeredOn'>;
  results?: { content: string; figures: { label: string; value: number; unit: string }[] }[];
}

const DEMO_MODELS: DemoModel[] = [
  {
    unitCode: 'TTPVHCC',
    stage: 'replicated',
    share: 0.92,
    model: {
      name: 'Một lần đến, trọn vẹn hồ sơ',
      field: 'political_system',
      publicSummary:
        'Hướng dẫn người dân, doanh nghiệp một lần, đầy đủ; hồ sơ được tiếp nhận, trả kết quả đúng hẹn, giảm số lần đi lại.',
      registration: {
        situation:
          'Nhiều hồ sơ thủ tục hành chính phải bổ sung nhiều lần, người dân phản ánh phải đi lại nhiều lượt; Chỉ số hài lòng (SIPAS) của tỉnh chưa cao.',
        goals:
          '100% hồ sơ được hướng dẫn một lần, đầy đủ; trên 98% hồ sơ trả kết quả đúng hẹn; giảm 30% số lượt đi lại.',
        contentMethod:
          'Lập tổ hướng dẫn tại quầy; phiếu hướng dẫn in sẵn cho 50 thủ tục nhiều hồ sơ nhất; nhóm Zalo và tổng đài giải đáp; công khai kết quả hằng tháng.',
        areaBeneficiaries: 'Người dân, doanh nghiệp có hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh.',
        forces:
          'Công chức, viên chức Trung tâm (nòng cốt); Đoàn Thanh niên (hỗ trợ người cao tuổi, người khuyết tật); Bưu điện tỉnh (tiếp nhận, trả kết quả tại nhà).',
        resources: 'Kinh phí thường xuyên của Trung tâm; phần mềm một cửa điện tử hiện có.',
        timeline: 'Từ tháng 3 đến tháng 12; sơ kết 6 tháng, tổng kết cuối năm.',
        verifiableResults:
          'Số hồ sơ đúng hẹn trên hệ thống một cửa; số lượt hướng dẫn; kết quả khảo sát SIPAS.',
      },
    },
    results: [
      {
        content:
          'Sáu tháng đầu năm hướng dẫn 12.450 lượt; 98,6% hồ sơ trả kết quả đúng hẹn; không có phản ánh về thái độ phục vụ.',
        figures: [
          { label: 'Lượt hướng dẫn', value: 12450, unit: 'lượt' },
          { label: 'Hồ sơ đúng hẹn', value: 98.6, unit: '%' },
        ],
      },
    ],
  },
  {
    unitCode: 'PHUONG_BIEN_HOA',
    stage: 'running',
    model: {
      name: 'Vận động Nhân dân hiến đất mở rộng hẻm, “Hẻm sáng – xanh – sạch”',
      field: 'culture_society',
      registration: {
        situation:
          'Nhiều hẻm trong khu phố nhỏ hẹp, ngập khi mưa, xe cứu thương, xe chữa cháy không vào được.',
        goals: 'Mở rộng 5 hẻm lên tối thiểu 4 m; lắp đèn chiếu sáng toàn bộ các hẻm của khu phố.',
        contentMethod:
          'Họp dân từng tổ, công khai phương án; cán bộ khu phố, người có uy tín đến từng hộ vận động; Nhân dân bàn và giám sát thi công.',
        areaBeneficiaries: 'Các khu phố của phường Biên Hòa; khoảng 600 hộ dân hưởng lợi.',
        forces:
          'Đảng ủy, Ủy ban Mặt trận Tổ quốc phường, Ban điều hành khu phố, các hội đoàn thể, người có uy tín.',
        resources: 'Nhân dân đóng góp đất và ngày công; ngân sách phường hỗ trợ vật tư.',
        timeline: 'Hai năm; mỗi năm hoàn thành ít nhất 2 hẻm.',
        verifiableResults:
          'Số mét vuông đất hiến, số mét hẻm mở rộng, số đèn lắp, biên bản nghiệm thu có đại diện Nhân dân.',
      },
    },
    results: [
      {
        content: '42 hộ hiến 1.180 m² đất; mở rộng 2 hẻm dài 640 m; lắp 56 đèn chiếu sáng.',
        figures: [
          { label: 'Diện tích đất hiến', value: 1180, unit: 'm²' },
          { label: 'Số hộ hiến đất', value: 42, unit: 'hộ' },
        ],
      },
    ],
  },
  {
    unitCode: 'PHUONG_TRAN_BIEN',
    stage: 'evaluated',
    share: 0.8,
    model: {
      name: 'Tổ tự quản an ninh trật tự khu phố gắn với camera giám sát',
      field: 'defence_security',
      registration: {
        situation: 'Trộm cắp tài sản nhỏ còn xảy ra ở các khu nhà trọ đông công nhân.',
        goals: 'Giảm 50% số vụ trộm cắp so với năm trước; 100% khu nhà trọ có tổ tự quản.',
        contentMethod: 'Thành lập tổ tự quản; vận động chủ nhà trọ lắp camera; tuần tra vào giờ cao điểm.',
        areaBeneficiaries: 'Người dân, công nhân lưu trú tại phường Trấn Biên.',
        forces: 'Công an phường (nòng cốt), lực lượng bảo vệ an ninh trật tự ở cơ sở, chủ nhà trọ.',
        resources: 'Xã hội hóa: chủ nhà trọ, doanh nghiệp tài trợ camera.',
        timeline: 'Một năm, sơ kết hằng quý.',
        verifiableResults: 'Số vụ việc theo thống kê của Công an phường; số camera kết nối.',
      },
    },
    results: [
      {
        content: 'Lắp 120 camera; số vụ trộm cắp giảm 46% so với cùng kỳ.',
        figures: [
          { label: 'Camera lắp đặt', value: 120, unit: 'chiếc' },
          { label: 'Mức giảm số vụ trộm cắp', value: 46, unit: '%' },
        ],
      },
    ],
  },
  {
    unitCode: 'SCT',
    stage: 'running',
    model: {
      name: 'Đồng hành cùng nông dân kết nối tiêu thụ sầu riêng đạt chuẩn',
      field: 'economy',
      registration: {
        situation: 'Nông dân trồng sầu riêng nhỏ lẻ, thiếu mã số vùng trồng, giá bán bấp bênh.',
        goals: 'Cấp 10 mã số vùng trồng; 3 hợp tác xã ký hợp đồng tiêu thụ ổn định.',
        contentMethod: 'Tập huấn quy trình; hỗ trợ hồ sơ mã số vùng trồng; kết nối doanh nghiệp thu mua.',
        areaBeneficiaries: 'Hộ trồng sầu riêng các xã phía bắc tỉnh.',
        forces: 'Phòng Xúc tiến thương mại (nòng cốt), Hội Nông dân, doanh nghiệp xuất khẩu.',
        resources: 'Kinh phí xúc tiến thương mại; doanh nghiệp hỗ trợ chi phí chứng nhận.',
        timeline: 'Hai năm.',
        verifiableResults: 'Số mã số vùng trồng được cấp; sản lượng tiêu thụ qua hợp đồng.',
      },
    },
  },
  {
    unitCode: 'STP',
    stage: 'registered',
    model: {
      name: 'Tủ sách pháp luật điện tử cho đồng bào dân tộc thiểu số',
      field: 'culture_society',
      registration: {
        situation:
          'Đồng bào dân tộc thiểu số ở vùng sâu ít được tiếp cận văn bản pháp luật bằng ngôn ngữ dễ hiểu.',
        goals: 'Đưa 200 tài liệu hỏi – đáp pháp luật lên tủ sách điện tử, có bản tiếng dân tộc.',
        contentMethod:
          'Biên soạn hỏi – đáp; mã QR tại nhà văn hóa ấp; người có uy tín giới thiệu cho bà con.',
      },
    },
  },
  {
    unitCode: 'SNV',
    stage: 'running',
    model: {
      name: 'Công chức tận tụy, gần dân trong giải quyết chế độ chính sách',
      field: 'political_system',
      subject: 'individual',
      personName: 'Phạm Thị Lan',
      publicSummary:
        'Một công chức Sở Nội vụ chủ động đến tận nhà hướng dẫn, giải quyết hồ sơ chế độ chính sách.',
      registration: {
        situation: 'Nhiều trường hợp người có công cao tuổi gặp khó khăn khi hoàn thiện hồ sơ.',
        goals: 'Hướng dẫn, hoàn thiện 100% hồ sơ được giao đúng hạn.',
        contentMethod: 'Đến tận nhà hướng dẫn; theo dõi hồ sơ đến khi có kết quả.',
      },
    },
  },
];

export function registerModelsDemo(): void {
  registerDemoSeeder('models', 40, async (ctx: Ctx) => {
    await ensureModelsSeed(ctx);
    const t = today(ctx);
    const y = Number(t.slice(0, 4)) - 1;
    const all = await org.findUnits(ctx, {});
    const byCode = new Map(all.map((u) => [u.code, u]));
    const criteria = (await listCriteria(ctx, {})).items;
    const day = (md: string) => minIsoDate(`${y}-${md}`, t);
    const made = new Map<string, { id: number; name: string; unitId: number }>();
    for (const d of DEMO_MODELS) {
      const unit = byCode.get(d.unitCode);
      if (!unit) continue;
      let m = await createModel(
        ctx,
        { ...d.model, unitId: unit.id, registeredOn: day('02-15') },
        { isDemo: true },
      );
      made.set(d.unitCode, m);
      if (d.stage === 'registered') continue;
      m = await startModel(ctx, m.id, { expectedVersion: m.version, on: day('03-01') });
      for (const r of d.results ?? []) m = await addResult(ctx, m.id, { ...r, reportedOn: day('06-30') });
      if (d.stage === 'running') continue;
      m = await evaluateModel(ctx, m.id, {
        expectedVersion: m.version,
        evaluatedOn: day('11-20'),
        scores: criteria.map((c) => ({
          criterionId: c.id,
          points: Math.round(c.maxPoints * (d.share ?? 0.8) * 4) / 4,
        })),
        conclusion: 'Mô hình có cách làm hay, kết quả kiểm chứng được; đề nghị công nhận.',
        evaluatorName: 'Tổ thẩm định của Sở Nội vụ',
      });
      if (d.stage === 'evaluated') continue;
      m = await recogniseModel(ctx, m.id, {
        expectedVersion: m.version,
        level: 'province',
        decision: `Quyết định số 3125/QĐ-UBND ngày 15/12/${y} của Ủy ban nhân dân tỉnh`,
        on: day('12-15'),
      });
      if (d.stage === 'recognised') continue;
      await replicateModel(ctx, m.id, {
        expectedVersion: m.version,
        note: 'Nhân rộng tại Bộ phận một cửa của các xã, phường trên địa bàn tỉnh.',
        on: day('12-28'),
      });
    }
    const center = byCode.get('TTPVHCC');
    const centerModel = made.get('TTPVHCC');
    if (center && centerModel)
      await createCommendation(
        ctx,
        {
          unitId: center.id,
          recipientKind: 'collective',
          recipientName: 'Trung tâm Phục vụ hành chính công tỉnh',
          achievement: `Có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm ${y}`,
          level: 'province',
          form: 'certificate',
          decisionNumber: '3126/QĐ-UBND',
          decisionDate: day('12-20'),
          issuerName: 'Ủy ban nhân dân tỉnh Đồng Nai',
          signerName: 'Võ Tấn Đức',
          signerPosition: 'Chủ tịch',
          modelId: centerModel.id,
        },
        { isDemo: true },
      );
    const ward = byCode.get('PHUONG_BIEN_HOA');
    if (ward)
      await createCommendation(
        ctx,
        {
          unitId: ward.id,
          recipientKind: 'individual',
          recipientName: 'Trần Văn Sáu, Trưởng khu phố 3',
          achievement: 'Vận động 42 hộ dân hiến đất mở rộng hẻm',
          level: 'commune',
          form: 'certificate_of_merit',
          decisionNumber: '215/QĐ-UBND',
          decisionDate: day('09-02'),
          issuerName: 'Ủy ban nhân dân phường Biên Hòa',
          signerName: 'Nguyễn Hữu Phước',
          signerPosition: 'Chủ tịch',
          modelId: made.get('PHUONG_BIEN_HOA')?.id ?? null,
        },
        { isDemo: true },
      );
  });
}
