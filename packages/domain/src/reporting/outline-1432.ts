import type {
  FlatSection,
  IndicatorDef,
  SectionDef,
  TemplateDef,
  ValidationRuleDef,
} from './template-types.ts';

/**
 * Đề cương báo cáo kèm theo Công văn số 1432/BNV-CTTN ngày 03/4/2023 của Bộ Nội vụ (seed 004):
 * "Kết quả thực hiện Chỉ thị số 33/CT-TTg và Chương trình phối hợp số 03-CTr/BDVTW-BCSDCP".
 *
 * Section titles are verbatim from the outline (page breaks joined, trailing full stops dropped).
 * The one deliberate change: "sáp xếp" in item III.5 is a typo in the source and is written "sắp xếp".
 * Guidance is the outline's own explanatory text and bullet points; where the outline gives only the
 * numbered heading, guidance is empty.
 */

function section(
  code: string,
  number: string,
  title: string,
  guidance = '',
  children: SectionDef[] = [],
): SectionDef {
  return { code, number, title, guidance, hasNarrative: children.length === 0, children };
}

const SECTIONS: SectionDef[] = [
  section(
    'I',
    'I',
    'KHÁI QUÁT CHUNG',
    'Khái quát đặc điểm, tình hình của bộ, ngành và địa phương. Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội đối với địa phương; kết quả thực hiện nhiệm vụ chuyên môn đối với bộ, ngành (có số liệu cụ thể).',
  ),
  section('II', 'II', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '', [
    section(
      'II.1',
      '1',
      'Công tác lãnh đạo, chỉ đạo quán triệt triển khai Chỉ thị số 33/CT-TTg; Chương trình phối hợp số 03-CTr/BDVTW-BCSDCP; kết quả ban hành các văn bản cụ thể hóa công tác lãnh đạo triển khai thực hiện',
    ),
    section(
      'II.2',
      '2',
      'Công tác quán triệt, tuyên truyền, phổ biến, tập huấn cho đội ngũ cán bộ, công chức, viên chức và người được phân công theo dõi, thực hiện công tác dân vận của cơ quan hành chính nhà nước, đơn vị sự nghiệp công lập',
    ),
  ]),
  section('III', 'III', 'KẾT QUẢ THỰC HIỆN', '', [
    section(
      'III.1',
      '1',
      'Kết quả thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về “Tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới” và Chương trình phối hợp số 03-CTr/BDVTW-BCSDCP ngày 15/12/2021 giữa Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ về công tác dân vận giai đoạn 2021 – 2026',
    ),
    section(
      'III.2',
      '2',
      'Kết quả nâng cao hiệu lực, hiệu quả công tác quản lý nhà nước về công tác dân vận; công tác phối hợp thực hiện công tác dân vận của cơ quan hành chính nhà nước và chính quyền các cấp; công tác quán triệt thể chế hóa chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước liên quan đến công tác dân vận trong tình hình mới gắn với nhiệm vụ chính trị chuyên môn của cơ quan, đơn vị và phục hồi phát triển kinh tế - xã hội sau đại dịch COVID-19',
    ),
    section(
      'III.3',
      '3',
      'Hoạt động tuyên truyền, giáo dục nhằm nâng cao nhận thức về ý nghĩa, tầm quan trọng của công tác dân vận; về vị trí, vai trò, trách nhiệm của cơ quan hành chính nhà nước, chính quyền các cấp và cán bộ, công chức, viên chức trong thực hiện công tác dân vận',
      'Kết quả công tác tuyên truyền, vận động người dân ở vùng sâu, vùng xa, vùng đặc biệt khó khăn, vùng đồng bào dân tộc thiểu số, vùng đồng bào theo tôn giáo, chú trọng đổi mới nội dung và hình thức tuyên truyền, vận động Nhân dân trong bối cảnh dịch bệnh COVID-19.',
    ),
    section(
      'III.4',
      '4',
      'Việc thực hiện phong trào thi đua “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa, xã hội, an ninh, quốc phòng',
      [
        '- Công tác triển khai xây dựng kế hoạch, tuyên truyền, đào tạo bồi dưỡng, thi đua - khen thưởng, phong trào “Dân vận khéo”.',
        '- Kết quả công tác bồi dưỡng, tập huấn kỹ năng vận động Nhân dân cho những cán bộ, công chức, viên chức có uy tín hoặc những người thường xuyên tiếp xúc với tổ chức, công dân, tạo điều kiện cho cán bộ, công chức, viên chức tham gia tuyên truyền đường lối, chủ trương của Đảng, chính sách pháp luật của Nhà nước.',
        '- Kết quả công tác biểu dương, khen thưởng, nhân rộng các điển hình “Dân vận khéo”, các điển hình gương người tốt việc tốt trên lĩnh vực quản lý.',
      ].join('\n'),
    ),
    section(
      'III.5',
      '5',
      'Kết quả tổ chức triển khai Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; thực hiện cải cách thủ tục hành chính; việc phân cấp phân quyền trong giải quyết thủ tục hành chính; công tác rà soát và sắp xếp tinh gọn bộ máy; thực hiện chuyển đổi số',
      [
        '- Kết quả thực hiện rà soát, đơn giản hóa thủ tục hành chính, niêm yết công khai tại Bộ phận tiếp nhận và trả kết quả hoặc nơi thực hiện thủ tục hành chính, trên trang thông tin điện tử của các cơ quan, đơn vị.',
        '- Kết quả đẩy mạnh ứng dụng công nghệ thông tin gắn kết chặt chẽ với nhiệm vụ cải cách hành chính. Thực hiện Quyết định 28/2018/QĐ-TTg ngày 12/7/2018 về gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước, về ứng dụng cung cấp dịch vụ công trực tuyến theo cấp độ.',
        '- Kết quả Chỉ số hài lòng của người dân, tổ chức và doanh nghiệp đối với sự phục vụ của cơ quan, đơn vị (báo cáo số liệu cụ thể).',
      ].join('\n'),
    ),
    section(
      'III.6',
      '6',
      'Kết quả thực hiện quy định về đạo đức công vụ, phát huy vai trò gương mẫu của cán bộ, đảng viên, người đứng đầu, cán bộ, công chức, viên chức, lực lượng vũ trang; công tác kiểm tra, thanh tra công vụ, xử lý nghiêm những cán bộ, công chức, viên chức có hành vi cửa quyền, gây phiền hà cho Nhân dân, xâm phạm quyền và lợi ích chính đáng của Nhân dân',
    ),
    section(
      'III.7',
      '7',
      'Kết quả thực hiện công tác giải quyết đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh của công dân, nhất là những vụ việc phức tạp, tồn đọng, kéo dài, dư luận quan tâm',
      [
        '- Kết quả thực hiện công tác giải quyết đơn, thư khiếu nại, tố cáo, kiến nghị, phản ánh của công dân.',
        '- Kết quả công tác tiếp công dân thường xuyên, định kỳ.',
        '- Kết quả tổ chức tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cơ quan, đơn vị, địa phương với Nhân dân (báo cáo số liệu cụ thể).',
      ].join('\n'),
    ),
    section(
      'III.8',
      '8',
      'Công tác phối hợp, tạo điều kiện để Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tham gia giám sát, phản biện xã hội theo Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành “Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội”',
    ),
    section(
      'III.9',
      '9',
      'Công tác kiểm tra, hướng dẫn cơ quan hành chính nhà nước, chính quyền các cấp tổ chức thực hiện công tác dân vận gắn với việc tổ chức thực hiện nhiệm vụ chính trị theo chức năng, nhiệm vụ của từng ngành, từng lĩnh vực và địa phương',
    ),
  ]),
  section('IV', 'IV', 'ĐÁNH GIÁ CHUNG', '', [
    section('IV.1', '1', 'Ưu điểm'),
    section('IV.2', '2', 'Khó khăn, hạn chế và nguyên nhân'),
  ]),
  section('V', 'V', 'NHIỆM VỤ, GIẢI PHÁP'),
  section('VI', 'VI', 'KIẾN NGHỊ, ĐỀ XUẤT'),
];

/** Shorthand for a summed count indicator (integer, min 0). */
function count(
  code: string,
  sectionCode: string,
  name: string,
  unit: string,
  extra: Partial<IndicatorDef> = {},
): IndicatorDef {
  return { code, sectionCode, name, unit, type: 'integer', aggregation: 'sum', min: 0, ...extra };
}

/** Shorthand for a rate recomputed from its numerator and denominator (percent, 0–100). */
function rate(
  code: string,
  sectionCode: string,
  name: string,
  numerator: string,
  denominator: string,
  definition: string,
): IndicatorDef {
  return {
    code,
    sectionCode,
    name,
    unit: '%',
    type: 'percent',
    aggregation: 'ratio',
    numerator,
    denominator,
    definition,
    min: 0,
    max: 100,
  };
}

const INDICATORS: IndicatorDef[] = [
  // II.1 — lãnh đạo, chỉ đạo; văn bản cụ thể hóa; kế hoạch, nhiệm vụ; lãnh đạo phụ trách
  count(
    'docs_issued',
    'II.1',
    'Số văn bản lãnh đạo, chỉ đạo, cụ thể hóa triển khai Chỉ thị số 33/CT-TTg và Chương trình phối hợp số 03-CTr/BDVTW-BCSDCP đã ban hành',
    'văn bản',
    {
      definition:
        'Tổng số văn bản (chương trình, kế hoạch, quyết định, chỉ thị, công văn, hướng dẫn…) ban hành trong kỳ báo cáo để quán triệt, cụ thể hóa và triển khai Chỉ thị số 33/CT-TTg, Chương trình phối hợp số 03-CTr/BDVTW-BCSDCP.',
    },
  ),
  count(
    'plans_issued',
    'II.1',
    'Số chương trình, kế hoạch thực hiện công tác dân vận chính quyền đã ban hành',
    'kế hoạch',
    {
      providerKey: 'plans.plans_issued',
      definition:
        'Số chương trình, kế hoạch về công tác dân vận chính quyền được ban hành trong kỳ; là một phần của số văn bản đã ban hành.',
    },
  ),
  count('tasks_assigned', 'II.1', 'Số nhiệm vụ được giao theo kế hoạch', 'nhiệm vụ', {
    providerKey: 'plans.tasks_assigned',
    definition:
      'Số nhiệm vụ công tác dân vận chính quyền có hạn hoàn thành trong kỳ báo cáo được giao cho đơn vị.',
  }),
  count('tasks_done', 'II.1', 'Số nhiệm vụ đã hoàn thành', 'nhiệm vụ', {
    providerKey: 'plans.tasks_done',
    definition: 'Số nhiệm vụ được giao đã hoàn thành tính đến ngày chốt số liệu.',
  }),
  count('tasks_overdue', 'II.1', 'Số nhiệm vụ quá hạn chưa hoàn thành', 'nhiệm vụ', {
    providerKey: 'plans.tasks_overdue',
    definition: 'Số nhiệm vụ được giao đã quá hạn nhưng chưa hoàn thành tính đến ngày chốt số liệu.',
  }),
  rate(
    'tasks_done_rate',
    'II.1',
    'Tỷ lệ nhiệm vụ đã hoàn thành',
    'tasks_done',
    'tasks_assigned',
    'Số nhiệm vụ đã hoàn thành chia cho số nhiệm vụ được giao, nhân 100.',
  ),
  count('units_in_scope', 'II.1', 'Số cơ quan, đơn vị, địa phương thuộc phạm vi báo cáo', 'đơn vị', {
    providerKey: 'org.units_in_scope',
    definition:
      'Số cơ quan, đơn vị, địa phương thuộc phạm vi quản lý có trách nhiệm thực hiện công tác dân vận chính quyền (kể cả đơn vị báo cáo).',
  }),
  count(
    'leader_assigned',
    'II.1',
    'Số cơ quan, đơn vị, địa phương đã phân công lãnh đạo phụ trách công tác dân vận chính quyền bằng văn bản',
    'đơn vị',
    {
      providerKey: 'plans.leader_assigned',
      definition:
        'Ở một đơn vị: 1 nếu đã có văn bản phân công lãnh đạo phụ trách công tác dân vận chính quyền còn hiệu lực, 0 nếu chưa; khi tổng hợp là số đơn vị đã phân công.',
    },
  ),

  // II.2 — quán triệt, tuyên truyền, phổ biến, tập huấn cho đội ngũ CBCCVC
  count(
    'training_courses',
    'II.2',
    'Số hội nghị, lớp quán triệt, tuyên truyền, phổ biến, tập huấn về công tác dân vận cho cán bộ, công chức, viên chức',
    'lớp',
    {
      providerKey: 'training.courses',
      definition:
        'Số hội nghị, lớp quán triệt, tập huấn, bồi dưỡng về công tác dân vận do cơ quan, đơn vị tổ chức trong kỳ cho cán bộ, công chức, viên chức và người được phân công theo dõi, thực hiện công tác dân vận.',
    },
  ),
  count('training_attendees', 'II.2', 'Số lượt cán bộ, công chức, viên chức tham dự', 'lượt người', {
    providerKey: 'training.attendees',
    definition: 'Tổng số lượt người tham dự các hội nghị, lớp quán triệt, tập huấn nêu trên.',
  }),

  // III.3 — tuyên truyền, vận động Nhân dân
  count(
    'propaganda_sessions',
    'III.3',
    'Số buổi, cuộc tuyên truyền, vận động Nhân dân về chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
    'cuộc',
    {
      definition:
        'Số buổi, cuộc tuyên truyền, vận động Nhân dân trực tiếp do cơ quan, đơn vị, địa phương tổ chức trong kỳ báo cáo.',
    },
  ),
  count('propaganda_attendees', 'III.3', 'Số lượt người dân được tuyên truyền, vận động', 'lượt người', {
    definition: 'Tổng số lượt người tham dự các buổi, cuộc tuyên truyền, vận động Nhân dân.',
  }),
  count(
    'propaganda_remote_sessions',
    'III.3',
    'Trong đó: số buổi, cuộc tuyên truyền, vận động ở vùng sâu, vùng xa, vùng đặc biệt khó khăn, vùng đồng bào dân tộc thiểu số, vùng đồng bào theo tôn giáo',
    'cuộc',
  ),

  // III.4 — phong trào thi đua "Dân vận khéo"
  count(
    'dvk_models_registered',
    'III.4',
    'Số mô hình “Dân vận khéo” đăng ký xây dựng, thực hiện',
    'mô hình',
    {
      providerKey: 'models.registered',
      definition:
        'Số mô hình “Dân vận khéo” đang được xây dựng, thực hiện trong kỳ báo cáo (kể cả mô hình đăng ký từ kỳ trước chuyển sang).',
    },
  ),
  count('dvk_models_recognised', 'III.4', 'Số mô hình “Dân vận khéo” được đánh giá, công nhận', 'mô hình', {
    providerKey: 'models.recognised',
    definition: 'Số mô hình “Dân vận khéo” được cấp có thẩm quyền đánh giá, công nhận trong kỳ báo cáo.',
  }),
  count(
    'dvk_commendations',
    'III.4',
    'Số tập thể, cá nhân điển hình “Dân vận khéo” được biểu dương, khen thưởng',
    'lượt',
    {
      providerKey: 'models.commendations',
      definition:
        'Tổng số lượt tập thể và cá nhân được biểu dương, khen thưởng trong phong trào thi đua “Dân vận khéo”.',
    },
  ),
  count(
    'dvk_commendations_collective',
    'III.4',
    'Trong đó: số tập thể được biểu dương, khen thưởng',
    'tập thể',
  ),
  count(
    'dvk_commendations_individual',
    'III.4',
    'Trong đó: số cá nhân được biểu dương, khen thưởng',
    'cá nhân',
  ),

  // III.5 — cải cách hành chính, chuyển đổi số, chỉ số hài lòng
  count('tthc_reviewed', 'III.5', 'Số thủ tục hành chính được rà soát', 'thủ tục'),
  count(
    'tthc_simplified',
    'III.5',
    'Số thủ tục hành chính được đơn giản hóa (sửa đổi, bổ sung, thay thế, bãi bỏ)',
    'thủ tục',
    {
      definition: 'Số thủ tục hành chính đã được đề xuất hoặc quyết định đơn giản hóa qua rà soát trong kỳ.',
    },
  ),
  count(
    'tthc_posted',
    'III.5',
    'Số thủ tục hành chính được niêm yết công khai tại Bộ phận tiếp nhận và trả kết quả và trên trang thông tin điện tử',
    'thủ tục',
  ),
  count('online_public_services', 'III.5', 'Số dịch vụ công trực tuyến được cung cấp', 'dịch vụ', {
    definition:
      'Số dịch vụ công trực tuyến (toàn trình và một phần) cơ quan, đơn vị cung cấp tại thời điểm chốt số liệu.',
  }),
  {
    code: 'satisfaction_index',
    sectionCode: 'III.5',
    name: 'Chỉ số hài lòng của người dân, tổ chức và doanh nghiệp đối với sự phục vụ của cơ quan, đơn vị',
    unit: '%',
    type: 'percent',
    aggregation: 'avg',
    providerKey: 'satisfaction.index',
    definition:
      'Mức độ hài lòng bình quân (thang 0–100%) của người dân, tổ chức, doanh nghiệp đối với sự phục vụ của cơ quan, đơn vị trong kỳ; khi tổng hợp lấy bình quân của các đơn vị.',
    min: 0,
    max: 100,
  },

  // III.6 — đạo đức công vụ, thanh tra, kiểm tra công vụ
  count('public_duty_inspections', 'III.6', 'Số cuộc thanh tra, kiểm tra công vụ', 'cuộc', {
    providerKey: 'inspections.held',
    definition: 'Số cuộc thanh tra, kiểm tra công vụ (kể cả kiểm tra đột xuất) đã tiến hành trong kỳ.',
  }),
  count(
    'inspection_violations',
    'III.6',
    'Số trường hợp vi phạm được phát hiện qua thanh tra, kiểm tra công vụ',
    'trường hợp',
    { providerKey: 'inspections.violations' },
  ),
  count(
    'officials_disciplined',
    'III.6',
    'Số cán bộ, công chức, viên chức bị xử lý do có hành vi cửa quyền, gây phiền hà cho Nhân dân, xâm phạm quyền và lợi ích chính đáng của Nhân dân',
    'người',
    { providerKey: 'inspections.sanctioned' },
  ),

  // III.7 — đơn thư, tiếp công dân, đối thoại
  count(
    'petitions_received',
    'III.7',
    'Tổng số đơn, thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận',
    'đơn',
    {
      providerKey: 'petitions.received',
      definition:
        'Số đơn, thư tiếp nhận trong kỳ báo cáo, kể cả số đơn kỳ trước chuyển sang chưa giải quyết xong.',
    },
  ),
  count('complaints_received', 'III.7', 'Trong đó: đơn khiếu nại', 'đơn', {
    providerKey: 'petitions.complaints',
  }),
  count('denunciations_received', 'III.7', 'Trong đó: đơn tố cáo', 'đơn', {
    providerKey: 'petitions.denunciations',
  }),
  count('recommendations_received', 'III.7', 'Trong đó: đơn kiến nghị, phản ánh', 'đơn', {
    providerKey: 'petitions.recommendations',
  }),
  count('petitions_resolved', 'III.7', 'Tổng số đơn, thư đã giải quyết xong', 'đơn', {
    providerKey: 'petitions.resolved',
    definition:
      'Số đơn, thư đã giải quyết xong trong kỳ (có quyết định, kết luận, văn bản trả lời hoặc đã chuyển, hướng dẫn theo quy định).',
  }),
  count('complaints_resolved', 'III.7', 'Trong đó: đơn khiếu nại đã giải quyết xong', 'đơn'),
  count('denunciations_resolved', 'III.7', 'Trong đó: đơn tố cáo đã giải quyết xong', 'đơn'),
  count('recommendations_resolved', 'III.7', 'Trong đó: đơn kiến nghị, phản ánh đã giải quyết xong', 'đơn'),
  count('petitions_resolved_on_time', 'III.7', 'Số đơn, thư giải quyết đúng thời hạn', 'đơn', {
    providerKey: 'petitions.resolved_on_time',
    definition: 'Số đơn, thư đã giải quyết xong trong thời hạn luật định (kể cả thời hạn gia hạn hợp lệ).',
  }),
  rate(
    'petitions_resolved_rate',
    'III.7',
    'Tỷ lệ đơn, thư đã giải quyết xong',
    'petitions_resolved',
    'petitions_received',
    'Số đơn, thư đã giải quyết xong chia cho tổng số đơn, thư tiếp nhận, nhân 100.',
  ),
  count('reception_sessions', 'III.7', 'Số buổi tiếp công dân thường xuyên, định kỳ', 'buổi', {
    providerKey: 'reception.sessions',
  }),
  count('reception_visitors', 'III.7', 'Số lượt công dân được tiếp', 'lượt người', {
    providerKey: 'reception.visitors',
  }),
  count(
    'head_reception_sessions',
    'III.7',
    'Trong đó: số buổi tiếp công dân định kỳ của người đứng đầu cơ quan, đơn vị, địa phương',
    'buổi',
    { providerKey: 'reception.head_sessions' },
  ),
  count(
    'dialogues_held',
    'III.7',
    'Số cuộc tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cơ quan, đơn vị, địa phương với Nhân dân',
    'cuộc',
    { providerKey: 'dialogues.held' },
  ),
  count(
    'dialogue_commitments',
    'III.7',
    'Số kiến nghị của Nhân dân người đứng đầu tiếp thu, cam kết giải quyết qua đối thoại',
    'kiến nghị',
    {
      providerKey: 'dialogues.commitments',
      definition:
        'Số kiến nghị, nội dung được người đứng đầu tiếp thu, cam kết giải quyết tại các cuộc đối thoại, kể cả kỳ trước chuyển sang.',
    },
  ),
  count('dialogue_commitments_done', 'III.7', 'Số kiến nghị qua đối thoại đã giải quyết xong', 'kiến nghị', {
    providerKey: 'dialogues.commitments_done',
  }),

  // III.8 — giám sát, phản biện xã hội của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội
  count(
    'front_supervision_docs',
    'III.8',
    'Số văn bản giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội gửi đến',
    'văn bản',
  ),
  count(
    'front_recommendations_received',
    'III.8',
    'Số kiến nghị sau giám sát, phản biện xã hội nhận được',
    'kiến nghị',
    { providerKey: 'front.recommendations_received' },
  ),
  count('front_recommendations_answered', 'III.8', 'Số kiến nghị đã tiếp thu, trả lời', 'kiến nghị', {
    providerKey: 'front.recommendations_answered',
  }),
  rate(
    'front_answer_rate',
    'III.8',
    'Tỷ lệ kiến nghị sau giám sát, phản biện xã hội đã được trả lời',
    'front_recommendations_answered',
    'front_recommendations_received',
    'Số kiến nghị đã tiếp thu, trả lời chia cho số kiến nghị nhận được, nhân 100.',
  ),

  // III.9 — kiểm tra, hướng dẫn thực hiện công tác dân vận
  count(
    'dv_inspections',
    'III.9',
    'Số cuộc kiểm tra, hướng dẫn việc thực hiện công tác dân vận chính quyền',
    'cuộc',
  ),
  count('dv_units_inspected', 'III.9', 'Số cơ quan, đơn vị, địa phương được kiểm tra, hướng dẫn', 'đơn vị'),
];

const RULES: ValidationRuleDef[] = [
  {
    code: 'plans_within_docs',
    expression: 'plans_issued <= docs_issued',
    message: 'Số chương trình, kế hoạch đã ban hành không được lớn hơn tổng số văn bản đã ban hành.',
    severity: 'warning',
  },
  {
    code: 'tasks_done_le_assigned',
    expression: 'tasks_done <= tasks_assigned',
    message: 'Số nhiệm vụ đã hoàn thành không được lớn hơn số nhiệm vụ được giao.',
    severity: 'error',
  },
  {
    code: 'tasks_done_overdue_le_assigned',
    expression: 'tasks_done + tasks_overdue <= tasks_assigned',
    message:
      'Tổng số nhiệm vụ đã hoàn thành và số nhiệm vụ quá hạn không được lớn hơn số nhiệm vụ được giao.',
    severity: 'error',
  },
  {
    code: 'leader_le_units',
    expression: 'leader_assigned <= units_in_scope',
    message:
      'Số đơn vị đã phân công lãnh đạo phụ trách không được lớn hơn số cơ quan, đơn vị, địa phương thuộc phạm vi báo cáo.',
    severity: 'error',
  },
  {
    code: 'leader_all_units',
    expression: 'leader_assigned == units_in_scope',
    message:
      'Còn cơ quan, đơn vị, địa phương chưa phân công lãnh đạo phụ trách công tác dân vận chính quyền bằng văn bản.',
    severity: 'warning',
  },
  {
    code: 'training_attendees_nonnegative',
    expression: 'training_attendees >= 0',
    message: 'Số lượt người tham dự tập huấn không được âm.',
    severity: 'error',
  },
  {
    code: 'training_attendees_need_courses',
    expression: '!(training_courses == 0 && training_attendees > 0)',
    message: 'Có số lượt người tham dự nhưng chưa có hội nghị, lớp tập huấn nào.',
    severity: 'error',
  },
  {
    code: 'propaganda_attendees_need_sessions',
    expression: '!(propaganda_sessions == 0 && propaganda_attendees > 0)',
    message: 'Có số lượt người được tuyên truyền, vận động nhưng chưa có buổi, cuộc tuyên truyền nào.',
    severity: 'error',
  },
  {
    code: 'propaganda_remote_le_total',
    expression: 'propaganda_remote_sessions <= propaganda_sessions',
    message:
      'Số buổi, cuộc tuyên truyền ở vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số, tôn giáo không được lớn hơn tổng số buổi, cuộc tuyên truyền.',
    severity: 'error',
  },
  {
    code: 'dvk_recognised_le_registered',
    expression: 'dvk_models_recognised <= dvk_models_registered',
    message:
      'Số mô hình “Dân vận khéo” được công nhận không nên lớn hơn số mô hình đăng ký xây dựng, thực hiện.',
    severity: 'warning',
  },
  {
    code: 'dvk_commendations_breakdown_le_total',
    expression: 'dvk_commendations_collective + dvk_commendations_individual <= dvk_commendations',
    message:
      'Tổng số tập thể và cá nhân được biểu dương, khen thưởng không được lớn hơn tổng số lượt biểu dương, khen thưởng.',
    severity: 'error',
  },
  {
    code: 'dvk_commendations_breakdown_eq_total',
    expression: 'dvk_commendations_collective + dvk_commendations_individual == dvk_commendations',
    message: 'Chưa phân loại hết số lượt biểu dương, khen thưởng theo tập thể và cá nhân.',
    severity: 'warning',
  },
  {
    code: 'tthc_simplified_le_reviewed',
    expression: 'tthc_simplified <= tthc_reviewed',
    message: 'Số thủ tục hành chính được đơn giản hóa không nên lớn hơn số thủ tục được rà soát.',
    severity: 'warning',
  },
  {
    code: 'satisfaction_range',
    expression: 'satisfaction_index >= 0 && satisfaction_index <= 100',
    message: 'Chỉ số hài lòng phải nằm trong khoảng từ 0 đến 100%.',
    severity: 'error',
  },
  {
    code: 'violations_need_inspections',
    expression: '!(public_duty_inspections == 0 && inspection_violations > 0)',
    message:
      'Có trường hợp vi phạm qua thanh tra, kiểm tra công vụ nhưng chưa có cuộc thanh tra, kiểm tra nào.',
    severity: 'warning',
  },
  {
    code: 'petition_kinds_le_total',
    expression:
      'complaints_received + denunciations_received + recommendations_received <= petitions_received',
    message:
      'Tổng số đơn khiếu nại, tố cáo, kiến nghị, phản ánh không được lớn hơn tổng số đơn, thư tiếp nhận.',
    severity: 'error',
  },
  {
    code: 'petition_kinds_eq_total',
    expression:
      'complaints_received + denunciations_received + recommendations_received == petitions_received',
    message: 'Còn đơn, thư tiếp nhận chưa được phân loại (khiếu nại, tố cáo, kiến nghị, phản ánh).',
    severity: 'warning',
  },
  {
    code: 'petitions_resolved_le_received',
    expression: 'petitions_resolved <= petitions_received',
    message: 'Số đơn, thư đã giải quyết xong không được lớn hơn số đơn, thư tiếp nhận.',
    severity: 'error',
  },
  {
    code: 'complaints_resolved_le_received',
    expression: 'complaints_resolved <= complaints_received',
    message: 'Số đơn khiếu nại đã giải quyết xong không được lớn hơn số đơn khiếu nại tiếp nhận.',
    severity: 'error',
  },
  {
    code: 'denunciations_resolved_le_received',
    expression: 'denunciations_resolved <= denunciations_received',
    message: 'Số đơn tố cáo đã giải quyết xong không được lớn hơn số đơn tố cáo tiếp nhận.',
    severity: 'error',
  },
  {
    code: 'recommendations_resolved_le_received',
    expression: 'recommendations_resolved <= recommendations_received',
    message:
      'Số đơn kiến nghị, phản ánh đã giải quyết xong không được lớn hơn số đơn kiến nghị, phản ánh tiếp nhận.',
    severity: 'error',
  },
  {
    code: 'resolved_kinds_le_total',
    expression:
      'complaints_resolved + denunciations_resolved + recommendations_resolved <= petitions_resolved',
    message:
      'Tổng số đơn đã giải quyết xong theo từng loại không được lớn hơn tổng số đơn, thư đã giải quyết xong.',
    severity: 'error',
  },
  {
    code: 'on_time_le_resolved',
    expression: 'petitions_resolved_on_time <= petitions_resolved',
    message: 'Số đơn, thư giải quyết đúng thời hạn không được lớn hơn số đơn, thư đã giải quyết xong.',
    severity: 'error',
  },
  {
    code: 'head_sessions_le_sessions',
    expression: 'head_reception_sessions <= reception_sessions',
    message: 'Số buổi tiếp công dân của người đứng đầu không được lớn hơn tổng số buổi tiếp công dân.',
    severity: 'error',
  },
  {
    code: 'visitors_need_sessions',
    expression: '!(reception_sessions == 0 && reception_visitors > 0)',
    message: 'Có lượt công dân được tiếp nhưng chưa ghi nhận buổi tiếp công dân thường xuyên, định kỳ nào.',
    severity: 'warning',
  },
  {
    code: 'commitments_need_dialogues',
    expression: '!(dialogues_held == 0 && dialogue_commitments > 0)',
    message: 'Có kiến nghị cam kết giải quyết qua đối thoại nhưng chưa có cuộc đối thoại nào trong kỳ.',
    severity: 'warning',
  },
  {
    code: 'commitments_done_le_total',
    expression: 'dialogue_commitments_done <= dialogue_commitments',
    message:
      'Số kiến nghị qua đối thoại đã giải quyết xong không được lớn hơn số kiến nghị đã cam kết giải quyết.',
    severity: 'error',
  },
  {
    code: 'front_answered_le_received',
    expression: 'front_recommendations_answered <= front_recommendations_received',
    message:
      'Số kiến nghị của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội đã trả lời không được lớn hơn số kiến nghị nhận được.',
    severity: 'error',
  },
  {
    code: 'units_inspected_need_inspections',
    expression: '!(dv_inspections == 0 && dv_units_inspected > 0)',
    message: 'Có cơ quan, đơn vị được kiểm tra, hướng dẫn nhưng chưa có cuộc kiểm tra, hướng dẫn nào.',
    severity: 'error',
  },
];

export const OUTLINE_1432: TemplateDef = {
  code: 'BNV-1432-2023',
  name: 'Đề cương báo cáo kết quả thực hiện Chỉ thị số 33/CT-TTg và Chương trình phối hợp số 03-CTr/BDVTW-BCSDCP',
  legalBasis:
    'Công văn số 1432/BNV-CTTN ngày 03/4/2023 của Bộ Nội vụ về việc triển khai thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ (kèm theo Đề cương hướng dẫn báo cáo kết quả công tác dân vận)',
  description:
    'Đề cương báo cáo định kỳ 06 tháng và hằng năm kết quả công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp theo Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ và Chương trình phối hợp số 03-CTr/BDVTW-BCSDCP ngày 15/12/2021 giữa Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ. Báo cáo 6 tháng đầu năm gửi Bộ Nội vụ trước ngày 30 tháng 5; báo cáo năm gửi trước ngày 15 tháng 12.',
  sections: SECTIONS,
  indicators: INDICATORS,
  rules: RULES,
};

/** Templates shipped with the system; coordinators may add their own. */
export const BUILTIN_TEMPLATES: TemplateDef[] = [OUTLINE_1432];

/** Sections in document order (pre-order), each with its depth (0 = top level) and parent code. */
export function flattenSections(sections: readonly SectionDef[]): FlatSection[] {
  const out: FlatSection[] = [];
  const walk = (list: readonly SectionDef[], depth: number, parentCode: string | null): void => {
    for (const s of list) {
      out.push({ ...s, depth, parentCode });
      walk(s.children, depth + 1, s.code);
    }
  };
  walk(sections, 0, null);
  return out;
}
