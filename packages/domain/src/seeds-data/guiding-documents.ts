/**
 * Register of guiding documents (văn bản chỉ đạo) cited by the seed documents (/work/shared/seeds 000–004).
 * Numbers, dates, issuers and titles follow the seeds' own wording. A few notes where the seeds differ from
 * the official document are kept in `summary`. Documents the seeds cite without a date (e.g. Quy chế số
 * 06-QC/TU of Bình Phước) and Thông báo số 05-TB/BCĐ (no matching kind) are not included.
 */

export type GuidingDocumentKind =
  | 'nghi_quyet'
  | 'ket_luan'
  | 'chi_thi'
  | 'quyet_dinh'
  | 'quy_dinh'
  | 'ke_hoach'
  | 'cong_van'
  | 'luat'
  | 'chuong_trinh'
  | 'nghi_dinh'
  | 'thong_tu';

export const GUIDING_DOCUMENT_KIND_LABELS: Record<GuidingDocumentKind, string> = {
  nghi_quyet: 'Nghị quyết',
  ket_luan: 'Kết luận',
  chi_thi: 'Chỉ thị',
  quyet_dinh: 'Quyết định',
  quy_dinh: 'Quy định',
  ke_hoach: 'Kế hoạch',
  cong_van: 'Công văn',
  luat: 'Luật',
  chuong_trinh: 'Chương trình',
  nghi_dinh: 'Nghị định',
  thong_tu: 'Thông tư',
};

export interface GuidingDocumentSeed {
  /** Số, ký hiệu, e.g. '25-NQ/TW', '33/CT-TTg'. Unique within this list. */
  numberSymbol: string;
  /** Ngày ban hành, 'YYYY-MM-DD'. */
  issuedOn: string;
  /** Cơ quan ban hành. */
  issuer: string;
  kind: GuidingDocumentKind;
  /** Trích yếu. */
  title: string;
  summary: string;
}

export const GUIDING_DOCUMENTS_SEED: GuidingDocumentSeed[] = [
  // --- Trung ương Đảng ---
  {
    numberSymbol: '25-NQ/TW',
    issuedOn: '2013-06-03',
    issuer: 'Ban Chấp hành Trung ương Đảng (khóa XI)',
    kind: 'nghi_quyet',
    title: 'Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới',
    summary:
      'Nghị quyết của Trung ương về công tác dân vận trong tình hình mới; được tiếp tục thực hiện theo Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư.',
  },
  {
    numberSymbol: '114-KL/TW',
    issuedOn: '2015-07-14',
    issuer: 'Ban Bí thư (khóa XI)',
    kind: 'ket_luan',
    title: 'Về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp',
    summary:
      'Kết luận của Ban Bí thư về công tác dân vận của cơ quan nhà nước các cấp (dân vận chính quyền).',
  },
  {
    numberSymbol: '43-KL/TW',
    issuedOn: '2019-01-07',
    issuer: 'Ban Bí thư (khóa XII)',
    kind: 'ket_luan',
    title:
      'Về tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới”',
    summary: 'Kết luận tiếp tục thực hiện Nghị quyết số 25-NQ/TW.',
  },
  {
    numberSymbol: '23-QĐ/TW',
    issuedOn: '2021-07-30',
    issuer: 'Bộ Chính trị',
    kind: 'quyet_dinh',
    title: 'Ban hành Quy chế công tác dân vận của hệ thống chính trị',
    summary:
      'Quy chế công tác dân vận của hệ thống chính trị hiện hành, thay thế Quyết định số 290-QĐ/TW ngày 25/02/2010; là văn bản trọng tâm được quán triệt trong các seed 000 và 002.',
  },
  {
    numberSymbol: '290-QĐ/TW',
    issuedOn: '2010-02-25',
    issuer: 'Bộ Chính trị',
    kind: 'quyet_dinh',
    title: 'Ban hành Quy chế công tác dân vận của hệ thống chính trị',
    summary:
      'Seed 003 viện dẫn làm căn cứ phân công cán bộ lãnh đạo phụ trách công tác dân vận chính quyền (bằng văn bản). Đã được thay thế bởi Quyết định số 23-QĐ/TW ngày 30/7/2021.',
  },
  {
    numberSymbol: '217-QĐ/TW',
    issuedOn: '2013-12-12',
    issuer: 'Bộ Chính trị',
    kind: 'quyet_dinh',
    title:
      'Ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội',
    summary:
      'Căn cứ để cơ quan hành chính nhà nước phối hợp, tạo điều kiện cho Mặt trận Tổ quốc và các tổ chức chính trị - xã hội giám sát, phản biện xã hội (mục III.8 đề cương 1432/BNV-CTTN).',
  },
  {
    numberSymbol: '218-QĐ/TW',
    issuedOn: '2013-12-12',
    issuer: 'Bộ Chính trị',
    kind: 'quyet_dinh',
    title:
      'Ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền',
    summary:
      'Được các seed viện dẫn cùng Quyết định số 217-QĐ/TW cùng ngày về giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền.',
  },
  {
    numberSymbol: '11-QĐi/TW',
    issuedOn: '2019-02-18',
    issuer: 'Bộ Chính trị',
    kind: 'quy_dinh',
    title:
      'Về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân',
    summary:
      'Căn cứ tiếp dân, đối thoại trực tiếp định kỳ và đột xuất của người đứng đầu. Các seed 000 và 001 ghi ký hiệu là “11-QĐ/TW”.',
  },
  {
    numberSymbol: '124-QĐ/TW',
    issuedOn: '2018-02-02',
    issuer: 'Ban Bí thư',
    kind: 'quy_dinh',
    title:
      'Về giám sát của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và Nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên',
    summary: 'Seed 003 ghi cơ quan ban hành là Ban Bí thư; seed 000 ghi “Ban Chấp hành Trung ương”.',
  },
  {
    numberSymbol: '99-QĐ/TW',
    issuedOn: '2017-10-03',
    issuer: 'Ban Bí thư',
    kind: 'quyet_dinh',
    title:
      'Ban hành Hướng dẫn khung để các cấp ủy, tổ chức đảng trực thuộc Trung ương tiếp tục phát huy vai trò của Nhân dân trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái, “tự diễn biến”, “tự chuyển hóa” trong nội bộ',
    summary:
      'Được seed 003 viện dẫn về vai trò giám sát của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân.',
  },
  {
    numberSymbol: '213-QĐ/TW',
    issuedOn: '2020-01-02',
    issuer: 'Bộ Chính trị',
    kind: 'quy_dinh',
    title:
      'Về trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và Nhân dân nơi cư trú',
    summary: 'Seed 003 yêu cầu tăng cường giám sát cán bộ, đảng viên thực hiện Quy định này.',
  },
  {
    numberSymbol: '18-CT/TW',
    issuedOn: '2022-01-26',
    issuer: 'Ban Bí thư',
    kind: 'chi_thi',
    title:
      'Về phát huy vai trò, nâng cao chất lượng, hiệu quả công tác giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội',
    summary: 'Được seed 000 viện dẫn (qua Công văn số 3507-CV/TU của Tỉnh ủy Ninh Thuận).',
  },
  {
    numberSymbol: '01-KL/TW',
    issuedOn: '2021-05-18',
    issuer: 'Bộ Chính trị',
    kind: 'ket_luan',
    title:
      'Về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”',
    summary: 'Seed 002 gắn phong trào thi đua “Dân vận khéo” với việc thực hiện Kết luận này.',
  },
  {
    numberSymbol: '05-CT/TW',
    issuedOn: '2016-05-15',
    issuer: 'Bộ Chính trị (khóa XII)',
    kind: 'chi_thi',
    title: 'Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    summary: 'Được tiếp tục thực hiện theo Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.',
  },
  {
    numberSymbol: '03-CTr/BDVTW-BCSDCP',
    issuedOn: '2021-12-15',
    issuer: 'Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ',
    kind: 'chuong_trinh',
    title: 'Chương trình phối hợp về công tác dân vận giai đoạn 2021 - 2026',
    summary:
      'Chương trình phối hợp giữa Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ; cùng Chỉ thị số 33/CT-TTg là đối tượng của đề cương báo cáo kèm Công văn số 1432/BNV-CTTN.',
  },

  // --- Quốc hội, Chính phủ, Thủ tướng Chính phủ, bộ, ngành ---
  {
    numberSymbol: '33/CT-TTg',
    issuedOn: '2021-11-26',
    issuer: 'Thủ tướng Chính phủ',
    kind: 'chi_thi',
    title:
      'Về tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới',
    summary:
      'Chỉ thị trọng tâm về dân vận chính quyền; Bộ Nội vụ hướng dẫn triển khai và báo cáo định kỳ 06 tháng, hằng năm tại Công văn số 1432/BNV-CTTN. Seed 002 ghi ký hiệu là “33/2021/CT-TTg”.',
  },
  {
    numberSymbol: '16/CT-TTg',
    issuedOn: '2016-05-16',
    issuer: 'Thủ tướng Chính phủ',
    kind: 'chi_thi',
    title:
      'Về đổi mới công tác dân vận của các cơ quan hành chính nhà nước và chính quyền các cấp trong tình hình mới',
    summary:
      'Chỉ thị của Thủ tướng Chính phủ về dân vận chính quyền được seed 003 viện dẫn; trích yếu ghi theo seed 003.',
  },
  {
    numberSymbol: '10/CT-TTg',
    issuedOn: '2019-04-22',
    issuer: 'Thủ tướng Chính phủ',
    kind: 'chi_thi',
    title:
      'Về việc tăng cường xử lý, ngăn chặn có hiệu quả tình trạng nhũng nhiễu, gây phiền hà cho người dân, doanh nghiệp trong giải quyết công việc',
    summary:
      'Seed 001 yêu cầu quán triệt, thực hiện nghiêm cùng Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo.',
  },
  {
    numberSymbol: '76/NQ-CP',
    issuedOn: '2021-07-15',
    issuer: 'Chính phủ',
    kind: 'nghi_quyet',
    title: 'Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030',
    summary:
      'Căn cứ nội dung cải cách hành chính (mục III.5 đề cương 1432/BNV-CTTN; mục II.3 kế hoạch seed 001).',
  },
  {
    numberSymbol: '28/2018/QĐ-TTg',
    issuedOn: '2018-07-12',
    issuer: 'Thủ tướng Chính phủ',
    kind: 'quyet_dinh',
    title: 'Về gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước',
    summary:
      'Được đề cương 1432/BNV-CTTN (mục III.5) viện dẫn khi báo cáo kết quả ứng dụng công nghệ thông tin.',
  },
  {
    numberSymbol: '20/2021/NĐ-CP',
    issuedOn: '2021-03-15',
    issuer: 'Chính phủ',
    kind: 'nghi_dinh',
    title: 'Quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội',
    summary:
      'Seed 001 (mục II.2) yêu cầu thực hiện kịp thời các chính sách trợ giúp thường xuyên và đột xuất theo Nghị định này.',
  },
  {
    numberSymbol: '30/2020/NĐ-CP',
    issuedOn: '2020-03-05',
    issuer: 'Chính phủ',
    kind: 'nghi_dinh',
    title: 'Về công tác văn thư',
    summary:
      'Quy định thể thức, kỹ thuật trình bày văn bản hành chính; áp dụng cho báo cáo, kế hoạch xuất ra từ hệ thống.',
  },
  {
    numberSymbol: '09/2019/NĐ-CP',
    issuedOn: '2019-01-24',
    issuer: 'Chính phủ',
    kind: 'nghi_dinh',
    title: 'Quy định về chế độ báo cáo của cơ quan hành chính nhà nước',
    summary:
      'Yêu cầu mỗi chế độ báo cáo nêu rõ nội dung, đối tượng, phương thức, tần suất, thời gian chốt số liệu, thời hạn gửi, đề cương và biểu mẫu.',
  },
  {
    numberSymbol: '05/2021/TT-TTCP',
    issuedOn: '2021-10-01',
    issuer: 'Thanh tra Chính phủ',
    kind: 'thong_tu',
    title: 'Quy định quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh',
    summary: 'Quy trình tiếp nhận, phân loại, xử lý đơn (thời hạn xử lý đơn 10 ngày kể từ ngày nhận đơn).',
  },
  {
    numberSymbol: '1432/BNV-CTTN',
    issuedOn: '2023-04-03',
    issuer: 'Bộ Nội vụ',
    kind: 'cong_van',
    title: 'Về việc triển khai thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ',
    summary:
      'Đề nghị xây dựng chương trình, kế hoạch thực hiện Chỉ thị số 33/CT-TTg gắn với Chương trình phối hợp số 03-CTr/BDVTW-BCSDCP; báo cáo 6 tháng đầu năm trước ngày 30/5 và báo cáo năm trước ngày 15/12 theo Đề cương kèm theo.',
  },
  {
    numberSymbol: '10/2022/QH15',
    issuedOn: '2022-11-10',
    issuer: 'Quốc hội',
    kind: 'luat',
    title: 'Luật Thực hiện dân chủ ở cơ sở',
    summary: 'Có hiệu lực từ ngày 01/7/2023 (seed 000).',
  },
  {
    numberSymbol: '42/2013/QH13',
    issuedOn: '2013-11-25',
    issuer: 'Quốc hội',
    kind: 'luat',
    title: 'Luật Tiếp công dân',
    summary:
      'Quy định trách nhiệm tiếp công dân thường xuyên, định kỳ, đột xuất và tiếp công dân của người đứng đầu.',
  },
  {
    numberSymbol: '02/2011/QH13',
    issuedOn: '2011-11-11',
    issuer: 'Quốc hội',
    kind: 'luat',
    title: 'Luật Khiếu nại',
    summary:
      'Quy định việc khiếu nại và giải quyết khiếu nại đối với quyết định hành chính, hành vi hành chính.',
  },
  {
    numberSymbol: '25/2018/QH14',
    issuedOn: '2018-06-12',
    issuer: 'Quốc hội',
    kind: 'luat',
    title: 'Luật Tố cáo',
    summary:
      'Quy định việc tố cáo, giải quyết tố cáo và bảo vệ người tố cáo (giữ bí mật thông tin người tố cáo).',
  },
  {
    numberSymbol: '104/2016/QH13',
    issuedOn: '2016-04-06',
    issuer: 'Quốc hội',
    kind: 'luat',
    title: 'Luật Tiếp cận thông tin',
    summary:
      'Các seed 000 và 002 yêu cầu tổ chức thực hiện tốt nhằm bảo đảm quyền tiếp cận thông tin của công dân.',
  },

  // --- Tỉnh Ninh Thuận (seed 000) ---
  {
    numberSymbol: '3645-CV/TU',
    issuedOn: '2023-02-20',
    issuer: 'Ban Thường vụ Tỉnh ủy Ninh Thuận',
    kind: 'cong_van',
    title:
      'Về việc tiếp tục triển khai thực hiện hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp năm 2023',
    summary:
      'Căn cứ của Công văn UBND tỉnh Ninh Thuận năm 2023 về công tác dân vận của cơ quan nhà nước (seed 000).',
  },
  {
    numberSymbol: '3660-CV/TU',
    issuedOn: '2023-02-24',
    issuer: 'Ban Thường vụ Tỉnh ủy Ninh Thuận',
    kind: 'cong_van',
    title: 'Về việc tiếp tục triển khai thực hiện hiệu quả công tác dân vận năm 2023',
    summary:
      'Căn cứ của Công văn UBND tỉnh Ninh Thuận năm 2023 về công tác dân vận của cơ quan nhà nước (seed 000).',
  },
  {
    numberSymbol: '3507-CV/TU',
    issuedOn: '2023-01-10',
    issuer: 'Ban Thường vụ Tỉnh ủy Ninh Thuận',
    kind: 'cong_van',
    title: 'Về triển khai thực hiện Chỉ thị số 18-CT/TW ngày 26/01/2022 của Ban Bí thư',
    summary:
      'Chỉ đạo tạo điều kiện để Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tham gia giám sát, phản biện xã hội.',
  },
  {
    numberSymbol: '06-QC/TU',
    issuedOn: '2021-11-12',
    issuer: 'Ban Thường vụ Tỉnh ủy Ninh Thuận',
    kind: 'quy_dinh',
    title: 'Quy chế công tác dân vận của hệ thống chính trị trên địa bàn tỉnh Ninh Thuận',
    summary:
      'Quy chế của tỉnh Ninh Thuận (seed 000). Lưu ý: seed 001 cũng viện dẫn một “Quy chế số 06-QC/TU” khác của tỉnh Bình Phước (về tiếp xúc, đối thoại trực tiếp) không ghi ngày ban hành.',
  },
  {
    numberSymbol: '35-CT/TU',
    issuedOn: '2022-11-02',
    issuer: 'Ban Thường vụ Tỉnh ủy Ninh Thuận',
    kind: 'chi_thi',
    title:
      'Về tăng cường sự lãnh đạo của các cấp ủy Đảng đẩy mạnh phong trào thi đua “Dân vận khéo” trên địa bàn tỉnh đến năm 2025 và những năm tiếp theo',
    summary:
      'Gắn phong trào thi đua “Dân vận khéo” với thực hiện 03 Chương trình mục tiêu quốc gia; biểu dương, khen thưởng, nhân rộng mô hình.',
  },
  {
    numberSymbol: '36-CT/TU',
    issuedOn: '2022-11-21',
    issuer: 'Ban Thường vụ Tỉnh ủy Ninh Thuận',
    kind: 'chi_thi',
    title:
      'Về tiếp tục đẩy mạnh, nâng cao hiệu quả công tác dân vận của các cơ quan nhà nước và chính quyền các cấp đến năm 2025 và những năm tiếp theo',
    summary: 'Chỉ thị của tỉnh Ninh Thuận về dân vận chính quyền (seed 000).',
  },
  {
    numberSymbol: '39-CT/TU',
    issuedOn: '2022-11-30',
    issuer: 'Ban Thường vụ Tỉnh ủy Ninh Thuận',
    kind: 'chi_thi',
    title:
      'Về việc tiếp tục đẩy mạnh thực hiện hiệu quả công tác cải cách hành chính trên địa bàn tỉnh Ninh Thuận đến năm 2025',
    summary: 'Thực hiện Nghị quyết số 05-NQ/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy Ninh Thuận.',
  },
  {
    numberSymbol: '05-NQ/TU',
    issuedOn: '2021-09-28',
    issuer: 'Ban Thường vụ Tỉnh ủy Ninh Thuận',
    kind: 'nghi_quyet',
    title: 'Về đẩy mạnh công tác cải cách hành chính trên địa bàn tỉnh Ninh Thuận đến năm 2025',
    summary: 'Nghị quyết của tỉnh Ninh Thuận về cải cách hành chính (seed 000).',
  },
  {
    numberSymbol: '09-NQ/TU',
    issuedOn: '2021-11-29',
    issuer: 'Ban Thường vụ Tỉnh ủy Ninh Thuận',
    kind: 'nghi_quyet',
    title: 'Về chuyển đổi số tỉnh Ninh Thuận giai đoạn 2021-2025, tầm nhìn đến 2030',
    summary: 'Nghị quyết của tỉnh Ninh Thuận về chuyển đổi số (seed 000).',
  },
  {
    numberSymbol: '18-CT/TU',
    issuedOn: '2021-11-11',
    issuer: 'Ban Thường vụ Tỉnh ủy Ninh Thuận',
    kind: 'chi_thi',
    title:
      'Về tiếp tục tăng cường sự lãnh đạo của cấp ủy Đảng trong thực hiện các giải pháp nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của tỉnh Ninh Thuận giai đoạn 2021-2025',
    summary: 'Chỉ thị của tỉnh Ninh Thuận về nâng cao chỉ số PCI (seed 000).',
  },

  // --- Tỉnh Bình Phước (seed 001) ---
  {
    numberSymbol: '27-KH/BDVTU-BCSD',
    issuedOn: '2023-01-12',
    issuer: 'Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy Bình Phước',
    kind: 'ke_hoach',
    title: 'Về phối hợp công tác dân vận chính quyền năm 2023',
    summary:
      'Căn cứ trực tiếp của Kế hoạch triển khai, thực hiện công tác dân vận chính quyền trên địa bàn tỉnh Bình Phước năm 2023.',
  },
  {
    numberSymbol: '06-CTr/BDVTU-BCSD',
    issuedOn: '2022-01-14',
    issuer: 'Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy Bình Phước',
    kind: 'chuong_trinh',
    title: 'Chương trình phối hợp về công tác dân vận chính quyền giai đoạn 2022 - 2026',
    summary: 'Kế hoạch năm 2023 của tỉnh Bình Phước tiếp tục thực hiện Chương trình phối hợp này.',
  },
  {
    numberSymbol: '2685/QĐ-UBND',
    issuedOn: '2021-10-18',
    issuer: 'Ủy ban nhân dân tỉnh Bình Phước',
    kind: 'quyet_dinh',
    title: 'Về việc ban hành Kế hoạch cải cách hành chính Nhà nước giai đoạn 2021 - 2025 trên địa bàn tỉnh',
    summary: 'Kế hoạch cải cách hành chính giai đoạn của tỉnh Bình Phước (seed 001, mục II.3).',
  },
  {
    numberSymbol: '2398/QĐ-UBND',
    issuedOn: '2022-12-26',
    issuer: 'Ủy ban nhân dân tỉnh Bình Phước',
    kind: 'quyet_dinh',
    title: 'Về việc ban hành Kế hoạch cải cách hành chính Nhà nước năm 2023 trên địa bàn tỉnh',
    summary: 'Kế hoạch cải cách hành chính năm 2023 của tỉnh Bình Phước (seed 001, mục II.3).',
  },
  {
    numberSymbol: '04-NQ/TU',
    issuedOn: '2021-05-18',
    issuer: 'Ban Chấp hành Đảng bộ tỉnh Bình Phước',
    kind: 'nghi_quyet',
    title: 'Về chuyển đổi số đến năm 2025 trên địa bàn tỉnh Bình Phước',
    summary:
      'Căn cứ xây dựng, phát triển chính quyền số, kinh tế số, xã hội số của tỉnh Bình Phước (seed 001, mục II.3).',
  },

  // --- Tỉnh Thanh Hóa, huyện Cẩm Thủy (seed 002) ---
  {
    numberSymbol: '451-CV/HU',
    issuedOn: '2022-02-26',
    issuer: 'Ban Thường vụ Huyện ủy Cẩm Thủy, tỉnh Thanh Hóa',
    kind: 'cong_van',
    title: 'V/v lãnh đạo, chỉ đạo thực hiện “Năm dân vận chính quyền” 2022',
    summary:
      'Thực hiện Công văn số 547-CV/TU ngày 17/02/2022 của Ban Thường vụ Tỉnh ủy Thanh Hóa; nêu 09 nội dung thực hiện “Năm dân vận chính quyền” 2022.',
  },

  // --- Seed 003 (tỉnh không nêu tên) ---
  {
    numberSymbol: '436/QĐ-UBND',
    issuedOn: '2019-06-11',
    issuer: 'Ủy ban nhân dân tỉnh',
    kind: 'quyet_dinh',
    title:
      'Quy định về tiêu chí, cách đánh giá, xếp loại công tác dân vận của cơ quan Nhà nước trên địa bàn tỉnh',
    summary:
      'Tiêu chí đánh giá, xếp loại công tác dân vận là căn cứ bình xét thi đua, khen thưởng, kiểm điểm trách nhiệm hằng năm (seed 003 mục 6; seed không nêu tên tỉnh).',
  },

  // --- Tỉnh Đồng Nai (seed 004) ---
  {
    numberSymbol: '4666/UBND-KGVX',
    issuedOn: '2023-05-15',
    issuer: 'Ủy ban nhân dân tỉnh Đồng Nai',
    kind: 'cong_van',
    title: 'V/v triển khai thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ',
    summary:
      'Giao Sở Nội vụ chủ trì thực hiện đề nghị tại Văn bản số 1432/BNV-CTTN; định kỳ tham mưu báo cáo trình UBND tỉnh ký ban hành gửi Bộ Nội vụ theo Đề cương kèm theo.',
  },
];

/** Look up a guiding document by its number/symbol. */
export function findGuidingDocument(numberSymbol: string): GuidingDocumentSeed | undefined {
  return GUIDING_DOCUMENTS_SEED.find((d) => d.numberSymbol === numberSymbol);
}
