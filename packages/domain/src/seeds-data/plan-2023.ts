/**
 * Seed data built from seed 001: Kế hoạch triển khai, thực hiện công tác dân vận chính quyền trên địa bàn
 * tỉnh Bình Phước năm 2023 (Ủy ban nhân dân tỉnh Bình Phước), plus the year theme of seed 002 and the
 * emulation movements cited by seeds 000–004.
 *
 * The plan's number and date are not shown in the seed and are left out. The signer's name is a demo name,
 * not taken from the seed. In 2023 the plan's local-government addressees were the UBND cấp huyện; in this
 * data they map to the group 'all_communes' (local governments below the province).
 */

export type PlanTaskAssignee =
  'all_departments' | 'all_communes' | 'all_units' | 'department_of_home_affairs';

export type PlanTaskRecurrence = 'none' | 'monthly' | 'quarterly' | 'six_monthly' | 'yearly';

export interface PlanSectionSeed {
  /** 'I', 'II.1', 'III.3'… */
  number: string;
  title: string;
  body: string;
}

export interface PlanTaskSeed {
  code: string;
  /** Number of the plan section the task comes from, e.g. 'II.5', 'III.3'. */
  sectionNumber: string;
  title: string;
  description: string;
  assignTo: PlanTaskAssignee;
  recurrence: PlanTaskRecurrence;
  /** 'MM-DD' in the plan year. */
  dueMonthDay?: string;
  expectedProduct: string;
  /** numberSymbol values from GUIDING_DOCUMENTS_SEED. */
  guidingDocs: string[];
}

export interface ProvincePlanSeed {
  year: number;
  issuer: string;
  title: string;
  /** Trích yếu. */
  subject: string;
  /** Căn cứ ban hành (numberSymbol values from GUIDING_DOCUMENTS_SEED). */
  basis: string[];
  purposes: string[];
  requirements: string[];
  sections: PlanSectionSeed[];
  tasks: PlanTaskSeed[];
  theme: string;
  movements: string[];
  recipients: string[];
  /** Thẩm quyền ký, e.g. 'KT. CHỦ TỊCH'. */
  signerAuthority: string;
  signerPosition: string;
  signerName: string;
  /** True: signerName is a demo name, not the real signer. */
  signerNameIsDemo: boolean;
}

const PLAN_TASKS: PlanTaskSeed[] = [
  // II.1
  {
    code: 'II.1.1',
    sectionNumber: 'II.1',
    title:
      'Quán triệt, cụ thể hóa chủ trương của Đảng, chính sách, pháp luật của Nhà nước về công tác dân vận',
    description:
      'Tổ chức quán triệt, cụ thể hóa, triển khai thực hiện các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về công tác dân vận theo tinh thần Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025, gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; gắn chương trình, kế hoạch công tác dân vận của cơ quan, đơn vị với nhiệm vụ chính trị.',
    assignTo: 'all_units',
    recurrence: 'none',
    expectedProduct:
      'Hội nghị, văn bản quán triệt; văn bản cụ thể hóa gắn với nhiệm vụ chính trị của cơ quan, đơn vị, địa phương',
    guidingDocs: ['25-NQ/TW', '43-KL/TW', '114-KL/TW', '23-QĐ/TW', '33/CT-TTg', '05-CT/TW'],
  },
  {
    code: 'II.1.2',
    sectionNumber: 'II.1',
    title: 'Đổi mới nội dung, phương thức công tác dân vận; công khai, minh bạch hoạt động quản lý nhà nước',
    description:
      'Thường xuyên đổi mới nội dung, phương thức công tác dân vận theo hướng cụ thể hóa cơ chế “Đảng lãnh đạo, Nhà nước quản lý, Nhân dân làm chủ” và phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”; phát huy vai trò người đứng đầu, thực hiện tốt quy chế làm việc, công khai, minh bạch các hoạt động quản lý nhà nước, chế độ, chính sách, công tác cán bộ; xây dựng và thực hiện Quy chế dân chủ trong hoạt động của cơ quan hành chính nhà nước, đơn vị sự nghiệp công lập.',
    assignTo: 'all_units',
    recurrence: 'none',
    expectedProduct:
      'Quy chế dân chủ trong hoạt động của cơ quan, đơn vị được rà soát, sửa đổi, bổ sung; nội dung công khai theo quy định',
    guidingDocs: ['10/2022/QH15'],
  },
  {
    code: 'II.1.3',
    sectionNumber: 'II.1',
    title: 'Chỉ đạo triển khai các quy định mới về thực hiện dân chủ ở xã, phường, thị trấn',
    description:
      'Các cấp chính quyền chỉ đạo triển khai các quy định mới về thực hiện dân chủ ở xã, phường, thị trấn; sửa đổi, bổ sung, cụ thể hóa bằng những quy chế, quy định, quy trình dân chủ phù hợp với tình hình thực tiễn; mở rộng và phát huy quyền làm chủ của Nhân dân.',
    assignTo: 'all_communes',
    recurrence: 'none',
    expectedProduct:
      'Văn bản chỉ đạo, hướng dẫn thực hiện dân chủ ở cơ sở; quy chế, quy trình dân chủ được ban hành',
    guidingDocs: ['10/2022/QH15'],
  },
  // II.2
  {
    code: 'II.2.1',
    sectionNumber: 'II.2',
    title: 'Thực hiện các chương trình, đề án phát triển kinh tế - xã hội và bảo đảm an sinh xã hội',
    description:
      'Chỉ đạo thực hiện có hiệu quả các chương trình, đề án phát triển kinh tế - xã hội; phòng, chống thiên tai, dịch bệnh, bảo đảm an sinh xã hội; tăng cường quản lý nhà nước về đất đai, tài nguyên, bảo vệ môi trường; thực hiện chính sách ưu đãi người có công, bảo trợ xã hội, phong trào “đền ơn đáp nghĩa”, chính sách trợ giúp thường xuyên và đột xuất; lồng ghép nguồn lực thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững.',
    assignTo: 'all_units',
    recurrence: 'none',
    expectedProduct:
      'Kết quả thực hiện các chương trình, đề án, chính sách an sinh xã hội được báo cáo trong báo cáo định kỳ',
    guidingDocs: ['20/2021/NĐ-CP'],
  },
  {
    code: 'II.2.2',
    sectionNumber: 'II.2',
    title: 'Đẩy mạnh các phong trào văn hóa, văn nghệ, thể dục thể thao quần chúng',
    description:
      'Đẩy mạnh các phong trào văn hóa, văn nghệ, thể dục thể thao quần chúng; thực hiện Kế hoạch đổi mới, nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” giai đoạn 2021 - 2025, cuộc vận động “xây dựng xã đạt chuẩn văn hóa nông thôn mới”, “Phường, thị trấn đạt chuẩn văn minh đô thị”.',
    assignTo: 'all_communes',
    recurrence: 'none',
    expectedProduct: 'Kết quả thực hiện các phong trào, cuộc vận động trên địa bàn',
    guidingDocs: [],
  },
  {
    code: 'II.2.3',
    sectionNumber: 'II.2',
    title:
      'Phối hợp giải quyết các vấn đề phức tạp về an ninh dân tộc, tôn giáo, an ninh nông thôn, an ninh kinh tế',
    description:
      'Tăng cường phối hợp giữa các cơ quan nội chính với chính quyền địa phương để giải quyết các vấn đề phức tạp về an ninh dân tộc, tôn giáo, an ninh nông thôn, an ninh kinh tế; nâng cao chất lượng phong trào toàn dân bảo vệ an ninh Tổ quốc, xây dựng thế trận an ninh nhân dân vững mạnh.',
    assignTo: 'all_communes',
    recurrence: 'none',
    expectedProduct:
      'Các vụ việc phức tạp được phối hợp giải quyết; kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc',
    guidingDocs: [],
  },
  // II.3
  {
    code: 'II.3.1',
    sectionNumber: 'II.3',
    title: 'Triển khai Chương trình tổng thể và các kế hoạch cải cách hành chính nhà nước',
    description:
      'Tổ chức triển khai có hiệu quả Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 và năm 2023 của tỉnh; tăng cường phân cấp, phân quyền đi đôi với cá thể hóa trách nhiệm; cắt giảm thủ tục hành chính, điều kiện kinh doanh; nâng cao chỉ số PCI, PAPI, PAR INDEX; nâng cao chất lượng hoạt động của Trung tâm Phục vụ hành chính công.',
    assignTo: 'all_units',
    recurrence: 'none',
    expectedProduct:
      'Thủ tục hành chính được rà soát, đơn giản hóa, công khai; kết quả các chỉ số cải cách hành chính',
    guidingDocs: ['76/NQ-CP', '2685/QĐ-UBND', '2398/QĐ-UBND'],
  },
  {
    code: 'II.3.2',
    sectionNumber: 'II.3',
    title: 'Xây dựng, phát triển chính quyền số, kinh tế số, xã hội số',
    description:
      'Thực hiện có hiệu quả cải cách hành chính gắn với xây dựng và phát triển chính quyền số, nền kinh tế số và xã hội số; tiếp tục thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030; bảo đảm an toàn thông tin mạng.',
    assignTo: 'all_units',
    recurrence: 'none',
    expectedProduct: 'Kết quả chuyển đổi số, dịch vụ công trực tuyến, gửi nhận văn bản điện tử',
    guidingDocs: ['04-NQ/TU'],
  },
  {
    code: 'II.3.3',
    sectionNumber: 'II.3',
    title: 'Thông tin, tuyên truyền, vận động Nhân dân; tiếp xúc, đối thoại về cơ chế, chính sách',
    description:
      'Đẩy mạnh công tác thông tin truyền thông công khai, minh bạch, kịp thời; thông tin đầy đủ về các vấn đề dư luận quan tâm; tăng cường tiếp xúc đối thoại về cơ chế, chính sách gắn với đời sống người dân và hoạt động của doanh nghiệp; nâng cao chất lượng tuyên truyền, vận động Nhân dân, đặc biệt ở vùng sâu, vùng xa, vùng đặc biệt khó khăn, vùng đồng bào dân tộc thiểu số, vùng tôn giáo, sao cho dễ hiểu, dễ nhớ, dễ thực hiện.',
    assignTo: 'all_units',
    recurrence: 'none',
    expectedProduct:
      'Chuyên trang, chuyên mục, tin, bài tuyên truyền; các buổi tiếp xúc, đối thoại về cơ chế, chính sách',
    guidingDocs: [],
  },
  // II.4
  {
    code: 'II.4.1',
    sectionNumber: 'II.4',
    title: 'Tuyên truyền, giáo dục nâng cao nhận thức, trách nhiệm về công tác dân vận chính quyền',
    description:
      'Thường xuyên tuyên truyền, giáo dục nâng cao nhận thức, trách nhiệm và hành động của cán bộ, công chức, viên chức về công tác dân vận chính quyền; phát huy mỗi cán bộ, công chức, viên chức là một kênh tuyên truyền, vận động Nhân dân; phát huy tinh thần nêu gương, tăng cường kỷ luật, kỷ cương trong thực thi nhiệm vụ, phục vụ Nhân dân.',
    assignTo: 'all_units',
    recurrence: 'none',
    expectedProduct: 'Hội nghị, lớp quán triệt, tuyên truyền cho cán bộ, công chức, viên chức',
    guidingDocs: ['33/CT-TTg', '114-KL/TW'],
  },
  {
    code: 'II.4.2',
    sectionNumber: 'II.4',
    title: 'Xây dựng kế hoạch đào tạo, bồi dưỡng chuẩn hóa đội ngũ cán bộ, công chức, viên chức',
    description:
      'Tổ chức rà soát, xây dựng kế hoạch đào tạo, bồi dưỡng chuẩn hóa đội ngũ cán bộ, công chức, viên chức thuộc thẩm quyền quản lý gắn với vị trí, yêu cầu nhiệm vụ trong tình hình mới.',
    assignTo: 'all_units',
    recurrence: 'none',
    expectedProduct: 'Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức',
    guidingDocs: [],
  },
  // II.5
  {
    code: 'II.5.1',
    sectionNumber: 'II.5',
    title: 'Quán triệt, thực hiện nghiêm pháp luật về tiếp công dân, khiếu nại, tố cáo',
    description:
      'Tiếp tục quán triệt, tuyên truyền và thực hiện nghiêm Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo, Chỉ thị số 10/CT-TTg ngày 22/4/2019 của Thủ tướng Chính phủ, Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị và quy chế của tỉnh về tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân.',
    assignTo: 'all_units',
    recurrence: 'none',
    expectedProduct:
      'Văn bản quán triệt; hoạt động tuyên truyền, phổ biến pháp luật về tiếp công dân, khiếu nại, tố cáo',
    guidingDocs: ['42/2013/QH13', '02/2011/QH13', '25/2018/QH14', '10/CT-TTg', '11-QĐi/TW'],
  },
  {
    code: 'II.5.2',
    sectionNumber: 'II.5',
    title: 'Niêm yết, công khai lịch tiếp công dân; tổ chức tiếp công dân thường xuyên, định kỳ, đột xuất',
    description:
      'Thực hiện nghiêm việc niêm yết, công khai lịch tiếp công dân, bố trí địa điểm, phân công cán bộ, công chức tiếp công dân và triển khai công tác tiếp công dân thường xuyên, định kỳ, đột xuất theo đúng quy định của pháp luật.',
    assignTo: 'all_units',
    recurrence: 'none',
    expectedProduct:
      'Lịch tiếp công dân được niêm yết công khai; sổ tiếp công dân; văn bản phân công cán bộ tiếp công dân',
    guidingDocs: ['42/2013/QH13'],
  },
  {
    code: 'II.5.3',
    sectionNumber: 'II.5',
    title:
      'Giải quyết kịp thời, dứt điểm đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh; đối thoại trực tiếp với Nhân dân',
    description:
      'Tập trung giải quyết đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh của công dân, nhất là những vụ việc phức tạp, tồn đọng, kéo dài, dư luận quan tâm; giải quyết kịp thời, đúng pháp luật các vụ việc thuộc thẩm quyền ngay từ khi mới phát sinh; phối hợp liên ngành; kiểm tra, rà soát việc thực hiện các quyết định, kết luận giải quyết đã có hiệu lực pháp luật; tăng cường đi cơ sở, đối thoại, nắm bắt tâm tư, nguyện vọng của Nhân dân.',
    assignTo: 'all_units',
    recurrence: 'none',
    expectedProduct:
      'Đơn thư được giải quyết đúng thời hạn; biên bản các cuộc đối thoại và kết quả thực hiện các nội dung cam kết',
    guidingDocs: ['02/2011/QH13', '25/2018/QH14', '11-QĐi/TW'],
  },
  // II.6
  {
    code: 'II.6.1',
    sectionNumber: 'II.6',
    title:
      'Phối hợp, cung cấp thông tin phục vụ giám sát; trả lời kiến nghị sau giám sát của Mặt trận Tổ quốc',
    description:
      'Phối hợp chặt chẽ và cung cấp đầy đủ thông tin, tài liệu liên quan đến nội dung giám sát theo chương trình, kế hoạch hằng năm của Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội; tổ chức thực hiện kiến nghị và trả lời kiến nghị sau giám sát đầy đủ, kịp thời; tiếp thu, giải quyết kịp thời những kiến nghị được chuyển đến.',
    assignTo: 'all_units',
    recurrence: 'none',
    expectedProduct:
      'Văn bản trả lời kiến nghị sau giám sát của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội',
    guidingDocs: ['217-QĐ/TW', '218-QĐ/TW'],
  },
  {
    code: 'II.6.2',
    sectionNumber: 'II.6',
    title: 'Công khai quy hoạch, kế hoạch, dự án, chính sách để lấy ý kiến Nhân dân và phản biện xã hội',
    description:
      'Công bố công khai các quy hoạch, kế hoạch, chương trình, dự án lớn về phát triển kinh tế, văn hóa, xã hội, các chế độ, chính sách có phạm vi tác động sâu rộng (trừ những vấn đề thuộc bí mật nhà nước) để lấy ý kiến Nhân dân; gửi Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội lấy ý kiến phản biện; nghiên cứu, đánh giá đầy đủ ý kiến đóng góp, phản biện trước khi ban hành.',
    assignTo: 'all_units',
    recurrence: 'none',
    expectedProduct:
      'Dự thảo được công khai lấy ý kiến; báo cáo tiếp thu, giải trình ý kiến Nhân dân và ý kiến phản biện',
    guidingDocs: ['217-QĐ/TW', '218-QĐ/TW'],
  },
  // II.7
  {
    code: 'II.7.1',
    sectionNumber: 'II.7',
    title: 'Thanh tra công vụ, kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính',
    description:
      'Tăng cường thanh tra công vụ và kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính; kiểm tra trách nhiệm người đứng đầu trong thực hiện kỷ luật, kỷ cương hành chính, thực hành và phát huy dân chủ; xử lý nghiêm và công khai kết quả xử lý các trường hợp có hành vi tiêu cực, vi phạm pháp luật, vi phạm quy định về chuẩn mực giao tiếp, ứng xử.',
    assignTo: 'department_of_home_affairs',
    recurrence: 'none',
    expectedProduct: 'Kế hoạch và kết luận thanh tra, kiểm tra công vụ; kết quả xử lý được công khai',
    guidingDocs: [],
  },
  {
    code: 'II.7.2',
    sectionNumber: 'II.7',
    title: 'Khảo sát, kiểm tra việc thực hiện công tác dân vận; sơ kết, tổng kết',
    description:
      'Tổ chức khảo sát, kiểm tra việc thực hiện công tác dân vận trong các cơ quan nhà nước, chính quyền các cấp trong tỉnh; sơ kết, tổng kết việc thực hiện các văn bản có liên quan đến công tác dân vận của các cơ quan hành chính nhà nước các cấp.',
    assignTo: 'department_of_home_affairs',
    recurrence: 'none',
    expectedProduct: 'Báo cáo kết quả khảo sát, kiểm tra; báo cáo sơ kết, tổng kết',
    guidingDocs: ['33/CT-TTg', '03-CTr/BDVTW-BCSDCP'],
  },
  // III.1
  {
    code: 'III.1.1',
    sectionNumber: 'III.1',
    title: 'Theo dõi, đôn đốc các cơ quan, đơn vị, địa phương xây dựng kế hoạch và thực hiện Kế hoạch',
    description:
      'Thường xuyên theo dõi, đôn đốc các cơ quan, đơn vị, địa phương kịp thời xây dựng kế hoạch tổ chức thực hiện đảm bảo đầy đủ, hiệu quả; kịp thời đề xuất Ủy ban nhân dân tỉnh các biện pháp cần thiết để Kế hoạch được thực hiện đồng bộ, thông suốt, hiệu lực.',
    assignTo: 'department_of_home_affairs',
    recurrence: 'none',
    expectedProduct: 'Văn bản đôn đốc; đề xuất, báo cáo Ủy ban nhân dân tỉnh',
    guidingDocs: ['27-KH/BDVTU-BCSD'],
  },
  {
    code: 'III.1.2',
    sectionNumber: 'III.1',
    title: 'Tổ chức chấm điểm, đánh giá, xếp loại thực hiện công tác dân vận chính quyền năm 2023',
    description:
      'Tổ chức chấm điểm, đánh giá, xếp loại thực hiện công tác dân vận chính quyền năm 2023 đối với các sở, ban, ngành tỉnh; các đơn vị sự nghiệp trực thuộc UBND tỉnh và UBND các huyện, thị xã, thành phố (thẩm định kết quả tự chấm điểm của các đơn vị).',
    assignTo: 'department_of_home_affairs',
    recurrence: 'none',
    expectedProduct:
      'Kết quả thẩm định, chấm điểm, xếp loại công tác dân vận chính quyền năm 2023 trình Ủy ban nhân dân tỉnh',
    guidingDocs: ['27-KH/BDVTU-BCSD'],
  },
  // III.3
  {
    code: 'III.3.1',
    sectionNumber: 'III.3',
    title: 'Xây dựng và ban hành kế hoạch triển khai thực hiện công tác dân vận chính quyền năm 2023',
    description:
      'Căn cứ mục đích, yêu cầu, nội dung của Kế hoạch và chức năng, nhiệm vụ, thẩm quyền theo quy định, xây dựng và ban hành kế hoạch triển khai thực hiện đảm bảo thiết thực, hiệu quả.',
    assignTo: 'all_units',
    recurrence: 'none',
    expectedProduct:
      'Kế hoạch thực hiện công tác dân vận chính quyền năm 2023 của cơ quan, đơn vị, địa phương',
    guidingDocs: ['27-KH/BDVTU-BCSD', '06-CTr/BDVTU-BCSD'],
  },
  {
    code: 'III.3.2',
    sectionNumber: 'III.3',
    title: 'Người đứng đầu lãnh đạo, chỉ đạo; phân công lãnh đạo phụ trách công tác dân vận chính quyền',
    description:
      'Người đứng đầu cơ quan, đơn vị, địa phương chịu trách nhiệm lãnh đạo, chỉ đạo công tác tổ chức thực hiện gắn với định kỳ theo dõi, kiểm tra, đánh giá; phân công lãnh đạo phụ trách công tác dân vận chính quyền bằng văn bản.',
    assignTo: 'all_units',
    recurrence: 'none',
    expectedProduct: 'Văn bản phân công lãnh đạo phụ trách công tác dân vận chính quyền',
    guidingDocs: ['23-QĐ/TW'],
  },
  {
    code: 'III.3.3',
    sectionNumber: 'III.3',
    title: 'Tự chấm điểm, đánh giá, xếp loại thực hiện công tác dân vận chính quyền năm 2023',
    description:
      'Tổ chức tự chấm điểm, đánh giá, xếp loại thực hiện công tác dân vận chính quyền năm 2023 gửi về Sở Nội vụ tổng hợp trước ngày 10/11/2023.',
    assignTo: 'all_units',
    recurrence: 'none',
    dueMonthDay: '11-10',
    expectedProduct: 'Bảng tự chấm điểm, đánh giá, xếp loại kèm tài liệu kiểm chứng gửi Sở Nội vụ',
    guidingDocs: ['27-KH/BDVTU-BCSD'],
  },
  {
    code: 'III.3.4',
    sectionNumber: 'III.3',
    title: 'Báo cáo kết quả thực hiện Kế hoạch 06 tháng đầu năm 2023',
    description:
      'Thực hiện nghiêm chế độ thông tin, báo cáo kết quả thực hiện Kế hoạch 06 tháng, gửi Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 10/5/2023.',
    assignTo: 'all_units',
    recurrence: 'none',
    dueMonthDay: '05-10',
    expectedProduct: 'Báo cáo kết quả công tác dân vận chính quyền 06 tháng đầu năm 2023',
    guidingDocs: ['27-KH/BDVTU-BCSD', '1432/BNV-CTTN'],
  },
  {
    code: 'III.3.5',
    sectionNumber: 'III.3',
    title: 'Báo cáo kết quả thực hiện Kế hoạch năm 2023',
    description:
      'Thực hiện nghiêm chế độ thông tin, báo cáo kết quả thực hiện Kế hoạch 01 năm, gửi Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 10/11/2023; thực hiện các báo cáo chuyên đề, đột xuất khi có yêu cầu.',
    assignTo: 'all_units',
    recurrence: 'none',
    dueMonthDay: '11-10',
    expectedProduct: 'Báo cáo kết quả công tác dân vận chính quyền năm 2023',
    guidingDocs: ['27-KH/BDVTU-BCSD', '1432/BNV-CTTN'],
  },
];

export const PROVINCE_PLAN_SEED: ProvincePlanSeed = {
  year: 2023,
  issuer: 'Ủy ban nhân dân tỉnh Bình Phước',
  title: 'Kế hoạch triển khai, thực hiện công tác dân vận chính quyền trên địa bàn tỉnh Bình Phước năm 2023',
  subject: 'Triển khai, thực hiện công tác dân vận chính quyền trên địa bàn tỉnh Bình Phước năm 2023',
  basis: ['27-KH/BDVTU-BCSD'],
  purposes: [
    'Tiếp tục thực hiện hiệu quả Chương trình phối hợp số 06-CTr/BDVTU-BCSD ngày 14/01/2022 của Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận chính quyền giai đoạn 2022 - 2026. Cụ thể hóa các nội dung thuộc trách nhiệm của Ban Cán sự đảng Ủy ban nhân dân tỉnh tại Kế hoạch số 27-KH/BDVTU-BCSD ngày 12/01/2023 của Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy.',
    'Nâng cao chất lượng công tác dân vận của các cơ quan nhà nước, chính quyền các cấp trên địa bàn tỉnh, góp phần xây dựng Nhà nước trong sạch, vững mạnh, gần dân; củng cố vững chắc lòng tin của Nhân dân đối với Đảng, Nhà nước, tạo đồng thuận trong xã hội.',
  ],
  requirements: [
    'Triển khai thực hiện công tác dân vận trong cơ quan hành chính nhà nước, chính quyền các cấp đảm bảo đồng bộ, hiệu quả; trọng tâm là phục vụ việc thực hiện các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội, đảm bảo an ninh, quốc phòng.',
  ],
  sections: [
    {
      number: 'I',
      title: 'MỤC ĐÍCH, YÊU CẦU',
      body: 'Tiếp tục thực hiện hiệu quả Chương trình phối hợp số 06-CTr/BDVTU-BCSD ngày 14/01/2022 về công tác dân vận chính quyền giai đoạn 2022 - 2026 và cụ thể hóa Kế hoạch số 27-KH/BDVTU-BCSD ngày 12/01/2023 của Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy. Nâng cao chất lượng công tác dân vận của các cơ quan nhà nước, chính quyền các cấp, góp phần xây dựng Nhà nước trong sạch, vững mạnh, gần dân; củng cố lòng tin của Nhân dân, tạo đồng thuận trong xã hội. Triển khai đồng bộ, hiệu quả; trọng tâm là phục vụ thực hiện các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội, đảm bảo an ninh, quốc phòng.',
    },
    {
      number: 'II',
      title: 'NỘI DUNG',
      body: 'Bảy nhóm nội dung công tác dân vận chính quyền năm 2023, từ mục 1 đến mục 7.',
    },
    {
      number: 'II.1',
      title:
        'Quán triệt các quan điểm, chủ trương của Đảng về công tác dân vận chính quyền; đổi mới, nâng cao chất lượng, hiệu quả công tác dân vận chính quyền gắn với chức năng, nhiệm vụ của cơ quan nhà nước, chính quyền các cấp',
      body: 'Cấp ủy, chính quyền, cơ quan nhà nước các cấp quán triệt, cụ thể hóa, triển khai các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về công tác dân vận theo tinh thần Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025, gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; gắn chương trình, kế hoạch công tác dân vận của cơ quan, đơn vị với nhiệm vụ chính trị. Thường xuyên đổi mới nội dung, phương thức công tác dân vận theo hướng cụ thể hóa cơ chế “Đảng lãnh đạo, Nhà nước quản lý, Nhân dân làm chủ” và phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”. Các cấp chính quyền phát huy vai trò người đứng đầu, thực hiện tốt quy chế làm việc, công khai, minh bạch các hoạt động quản lý nhà nước, chế độ, chính sách, công tác cán bộ; chỉ đạo triển khai các quy định mới về Quy chế dân chủ trong hoạt động của cơ quan hành chính nhà nước, đơn vị sự nghiệp công lập và thực hiện dân chủ ở xã, phường, thị trấn; mở rộng và phát huy quyền làm chủ của cán bộ, công chức, viên chức và Nhân dân.',
    },
    {
      number: 'II.2',
      title:
        'Phối hợp thực hiện các mục tiêu phát triển kinh tế - xã hội, nâng cao đời sống vật chất và tinh thần cho Nhân dân, thực hiện tốt các chính sách an sinh xã hội',
      body: 'Chỉ đạo thực hiện hiệu quả các chương trình, đề án phát triển kinh tế - xã hội; phòng, chống thiên tai, dịch bệnh, bảo đảm an sinh xã hội; tăng cường quản lý nhà nước về đất đai, tài nguyên, bảo vệ môi trường. Đẩy mạnh các phong trào văn hóa, văn nghệ, thể dục thể thao quần chúng; thực hiện Kế hoạch đổi mới, nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” giai đoạn 2021 - 2025, cuộc vận động “xây dựng xã đạt chuẩn văn hóa nông thôn mới”, “Phường, thị trấn đạt chuẩn văn minh đô thị”; lồng ghép nguồn lực thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững. Thực hiện tốt chính sách ưu đãi người có công, bảo trợ xã hội, phong trào “đền ơn đáp nghĩa”, chính sách trợ giúp thường xuyên và đột xuất theo Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ. Tăng cường phối hợp giữa các cơ quan nội chính với chính quyền địa phương giải quyết các vấn đề phức tạp về an ninh dân tộc, tôn giáo, an ninh nông thôn, an ninh kinh tế; nâng cao chất lượng phong trào toàn dân bảo vệ an ninh Tổ quốc.',
    },
    {
      number: 'II.3',
      title:
        'Tập trung nâng cao hiệu lực, hiệu quả quản lý nhà nước đặc biệt là công tác cải cách hành chính nhà nước',
      body: 'Triển khai Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 (Quyết định số 2685/QĐ-UBND ngày 18/10/2021) và năm 2023 (Quyết định số 2398/QĐ-UBND ngày 26/12/2022) của Ủy ban nhân dân tỉnh. Xây dựng, phát triển chính quyền số, kinh tế số, xã hội số theo Nghị quyết số 04-NQ/TU ngày 18/5/2021 của Ban Chấp hành Đảng bộ tỉnh; thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử giai đoạn 2022 - 2025, tầm nhìn đến năm 2030; bảo đảm an toàn thông tin mạng. Tăng cường phân cấp, phân quyền đi đôi với cá thể hóa trách nhiệm, kiểm tra, giám sát; cắt giảm thủ tục hành chính, điều kiện kinh doanh; cải thiện môi trường đầu tư kinh doanh, nâng cao chỉ số PCI, PAPI, PAR INDEX; nâng cao chất lượng Trung tâm Phục vụ hành chính công; tăng cường năng lực đội ngũ công chức thực hiện công tác cải cách hành chính giai đoạn 2022 - 2030. Phát triển nguồn nhân lực công nghệ thông tin; đẩy mạnh thông tin truyền thông công khai, minh bạch, kịp thời; tăng cường tiếp xúc đối thoại về cơ chế, chính sách; nâng cao chất lượng tuyên truyền, vận động Nhân dân, đặc biệt ở vùng sâu, vùng xa, vùng đặc biệt khó khăn, vùng đồng bào dân tộc thiểu số, vùng tôn giáo, sao cho dễ hiểu, dễ nhớ, dễ thực hiện.',
    },
    {
      number: 'II.4',
      title:
        'Nâng cao đạo đức công vụ, tinh thần trách nhiệm, kỷ luật, kỷ cương, ý thức phục vụ Nhân dân của đội ngũ cán bộ, công chức, viên chức',
      body: 'Thường xuyên tuyên truyền, giáo dục nâng cao nhận thức, trách nhiệm và hành động của cán bộ, công chức, viên chức về công tác dân vận chính quyền, về vị trí, vai trò, trách nhiệm của cơ quan và mỗi công chức, viên chức, người lao động trong thực hiện công tác dân vận, bảo đảm công tác dân vận luôn gần gũi với Nhân dân. Phát huy vai trò của mỗi cơ quan, đơn vị, địa phương và mỗi cán bộ, công chức, viên chức là một kênh tuyên truyền, vận động Nhân dân, đấu tranh ngăn chặn các luận điệu chống phá Đảng, Nhà nước và các hành vi vi phạm pháp luật; phát huy tinh thần nêu gương, tăng cường kỷ luật, kỷ cương trong thực thi nhiệm vụ, phục vụ Nhân dân. Rà soát, xây dựng kế hoạch đào tạo, bồi dưỡng chuẩn hóa đội ngũ cán bộ, công chức, viên chức thuộc thẩm quyền quản lý gắn với vị trí, yêu cầu nhiệm vụ trong tình hình mới.',
    },
    {
      number: 'II.5',
      title:
        'Tăng cường công tác tiếp công dân, đối thoại trực tiếp với Nhân dân và giải quyết kịp thời, dứt điểm những vấn đề bức xúc liên quan đến quyền lợi của Nhân dân',
      body: 'Quán triệt, tuyên truyền và thực hiện nghiêm Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo, Chỉ thị số 10/CT-TTg ngày 22/4/2019 của Thủ tướng Chính phủ, Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị và Quy chế số 06-QC/TU về tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân trên địa bàn tỉnh. Thực hiện phong cách “Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân”, “Nghe dân nói”, “nói dân hiểu”, “hướng dẫn dân làm”, “làm dân tin”; tập trung giải quyết đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh, nhất là những vụ việc phức tạp, tồn đọng, kéo dài, dư luận quan tâm; tăng cường đi cơ sở để kịp thời nắm bắt tâm tư, nguyện vọng của Nhân dân. Niêm yết, công khai lịch tiếp công dân, bố trí địa điểm, phân công cán bộ, công chức tiếp công dân thường xuyên, định kỳ, đột xuất theo quy định; tuyên truyền, phổ biến pháp luật về tiếp công dân, xử lý kiến nghị, phản ánh, khiếu nại, tố cáo; giải quyết kịp thời, đúng pháp luật các vụ việc thuộc thẩm quyền ngay từ khi mới phát sinh; phối hợp liên ngành; thường xuyên kiểm tra, rà soát việc thực hiện các quyết định, kết luận giải quyết đã có hiệu lực pháp luật.',
    },
    {
      number: 'II.6',
      title:
        'Công tác phối hợp, tạo điều kiện để Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và Nhân dân tham gia giám sát, phản biện xã hội và góp ý xây dựng chính quyền vững mạnh',
      body: 'Cơ quan hành chính nhà nước, chính quyền các cấp phối hợp chặt chẽ, cung cấp đầy đủ thông tin, tài liệu liên quan đến nội dung giám sát theo chương trình, kế hoạch hằng năm của Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội; tổ chức thực hiện kiến nghị và trả lời kiến nghị sau giám sát đầy đủ, kịp thời. Công bố công khai các quy hoạch, kế hoạch, chương trình, dự án lớn về phát triển kinh tế, văn hóa, xã hội, các chế độ, chính sách có phạm vi tác động sâu rộng (trừ những vấn đề thuộc bí mật nhà nước) để lấy ý kiến Nhân dân; gửi Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội lấy ý kiến phản biện; tiếp thu, giải quyết kịp thời kiến nghị được chuyển đến; nghiên cứu, đánh giá đầy đủ ý kiến đóng góp, phản biện trước khi ban hành các chương trình, dự án, đề án, chế độ, chính sách.',
    },
    {
      number: 'II.7',
      title:
        'Công tác kiểm tra, tổ chức chấm điểm, đánh giá, xếp loại thực hiện công tác dân vận chính quyền đối với UBND các huyện, thị xã, thành phố và các sở, ban, ngành trực thuộc UBND tỉnh',
      body: 'Tăng cường thanh tra công vụ và kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính; tập trung kiểm tra trách nhiệm người đứng đầu trong triển khai các quy định về kỷ luật, kỷ cương hành chính, thực hành và phát huy dân chủ; xử lý nghiêm và công khai kết quả xử lý các trường hợp có hành vi tiêu cực, vi phạm pháp luật, vi phạm quy định về chuẩn mực giao tiếp, ứng xử. Tổ chức khảo sát, kiểm tra việc thực hiện công tác dân vận trong các cơ quan nhà nước, chính quyền các cấp; sơ kết, tổng kết việc thực hiện các văn bản liên quan; thực hiện nghiêm túc, đúng quy định việc chấm điểm, đánh giá, xếp loại thực hiện công tác dân vận chính quyền đối với UBND các huyện, thị xã, thành phố và các sở, ban, ngành trực thuộc UBND tỉnh.',
    },
    {
      number: 'III',
      title: 'TỔ CHỨC THỰC HIỆN',
      body: 'Thủ trưởng các cơ quan, đơn vị, địa phương căn cứ nội dung Kế hoạch triển khai, thực hiện; trong quá trình tổ chức thực hiện, nếu có phát sinh vướng mắc kịp thời phản ánh về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) để xem xét, giải quyết.',
    },
    {
      number: 'III.1',
      title: 'Giám đốc Sở Nội vụ',
      body: 'Thường xuyên theo dõi, đôn đốc các cơ quan, đơn vị, địa phương kịp thời xây dựng kế hoạch tổ chức thực hiện đảm bảo đầy đủ, hiệu quả; kịp thời đề xuất Ủy ban nhân dân tỉnh các biện pháp cần thiết để Kế hoạch được thực hiện đồng bộ, thông suốt, hiệu lực. Tổ chức chấm điểm, đánh giá, xếp loại thực hiện công tác dân vận chính quyền năm 2023 đối với các sở, ban, ngành tỉnh; các đơn vị sự nghiệp trực thuộc UBND tỉnh và UBND các huyện, thị xã, thành phố.',
    },
    {
      number: 'III.2',
      title: 'Giám đốc - Tổng biên tập Đài Phát thanh - Truyền hình và Báo Bình Phước',
      body: 'Tăng cường tuyên truyền về công tác dân vận, nâng cao chất lượng các chuyên mục, chuyên đề, các tin, bài viết tuyên truyền, trao đổi kinh nghiệm về công tác dân vận, thực hiện Quy chế dân chủ ở cơ sở của cơ quan hành chính nhà nước, chính quyền các cấp. Định kỳ 06 tháng, 01 năm báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Nội vụ).',
    },
    {
      number: 'III.3',
      title:
        'Thủ trưởng các sở, ban, ngành tỉnh; các đơn vị sự nghiệp trực thuộc UBND tỉnh và Chủ tịch UBND các huyện, thị xã, thành phố',
      body: 'a) Căn cứ mục đích, yêu cầu, nội dung của Kế hoạch và chức năng, nhiệm vụ, thẩm quyền theo quy định, xây dựng và ban hành kế hoạch triển khai thực hiện đảm bảo thiết thực, hiệu quả; người đứng đầu cơ quan, đơn vị, địa phương chịu trách nhiệm lãnh đạo, chỉ đạo công tác tổ chức thực hiện gắn với định kỳ theo dõi, kiểm tra, đánh giá. b) Tổ chức tự chấm điểm, đánh giá, xếp loại thực hiện công tác dân vận chính quyền năm 2023 gửi về Sở Nội vụ tổng hợp trước ngày 10/11/2023. c) Thực hiện nghiêm chế độ thông tin, báo cáo kết quả thực hiện Kế hoạch 06 tháng (trước ngày 10/5/2023), 01 năm (trước ngày 10/11/2023) và các báo cáo chuyên đề, đột xuất khi có yêu cầu.',
    },
  ],
  tasks: PLAN_TASKS,
  // Seed 001 names no year theme; this is the plan's own stated focus (mục I.2 and I.3).
  theme:
    'Nâng cao chất lượng công tác dân vận của các cơ quan nhà nước, chính quyền các cấp; trọng tâm là phục vụ việc thực hiện các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội, đảm bảo an ninh, quốc phòng',
  movements: [
    'Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”',
    'Cuộc vận động “xây dựng xã đạt chuẩn văn hóa nông thôn mới”',
    'Cuộc vận động “Phường, thị trấn đạt chuẩn văn minh đô thị”',
    'Phong trào “đền ơn đáp nghĩa”',
    'Phong trào toàn dân bảo vệ an ninh Tổ quốc',
  ],
  recipients: [
    'Thường trực Tỉnh ủy',
    'Ban Cán sự đảng UBND tỉnh',
    'Ban Dân vận Tỉnh ủy',
    'Các sở, ban, ngành tỉnh',
    'Các đơn vị sự nghiệp trực thuộc UBND tỉnh',
    'UBND các huyện, thị xã, thành phố',
    'LĐVP, PNC',
    'Lưu: VT, (T08KH)',
  ],
  signerAuthority: 'KT. CHỦ TỊCH',
  signerPosition: 'PHÓ CHỦ TỊCH',
  // Demo name, not from the seed.
  signerName: 'Nguyễn Văn An',
  signerNameIsDemo: true,
};

export interface YearThemeSeed {
  year: number;
  name: string;
  /** Where the theme applies (the issuing Party committee's area). */
  scope: string;
  /** numberSymbol of the document that sets the theme (in GUIDING_DOCUMENTS_SEED). */
  sourceDocument: string;
  description: string;
  contents: string[];
  guidingDocs: string[];
}

export const YEAR_THEMES_SEED: YearThemeSeed[] = [
  {
    year: 2022,
    name: 'Năm dân vận chính quyền 2022',
    scope: 'Huyện Cẩm Thủy, tỉnh Thanh Hóa',
    sourceDocument: '451-CV/HU',
    description:
      '“Năm dân vận chính quyền” 2022: tiếp tục thực hiện tốt công tác dân vận của các cơ quan nhà nước và chính quyền các cấp, tạo sự chuyển biến tích cực trong tổ chức thực thi công vụ, đáp ứng yêu cầu, nhiệm vụ trong tình hình mới (Công văn số 451-CV/HU ngày 26/02/2022 của Ban Thường vụ Huyện ủy Cẩm Thủy, thực hiện Công văn số 547-CV/TU ngày 17/02/2022 của Ban Thường vụ Tỉnh ủy Thanh Hóa).',
    contents: [
      'Tăng cường lãnh đạo, chỉ đạo công tác dân vận, coi đây là nhiệm vụ quan trọng, thường xuyên và lâu dài của cả hệ thống chính trị, gắn với nhiệm vụ chuyên môn; quán triệt Quyết định số 23-QĐ/TW, Kết luận số 43-KL/TW, Kết luận số 114-KL/TW, Chỉ thị số 33/CT-TTg; mỗi cán bộ, công chức, viên chức làm tốt công tác tuyên truyền, vận động, hướng dẫn Nhân dân.',
      'Cụ thể hóa chủ trương, đường lối của Đảng, pháp luật của Nhà nước về công tác dân vận gắn với phục hồi và phát triển kinh tế - xã hội sau đại dịch COVID-19; tuyên truyền, giải thích để người dân hiểu, đồng thuận và chấp hành, nhất là trong giải phóng mặt bằng, tiếp công dân, giải quyết đơn thư khiếu nại, tố cáo.',
      'Thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 theo Nghị quyết số 76/NQ-CP; xây dựng chính quyền điện tử; rà soát, đơn giản hóa và công khai thủ tục hành chính, quy hoạch, dự án, việc sử dụng ngân sách; nâng cao các chỉ số PAR INDEX, PAPI, SIPAS; thí điểm mô hình “Chính quyền thân thiện, vì Nhân dân phục vụ” ở xã, thị trấn nơi có điều kiện.',
      'Thực hiện phong trào thi đua “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa, xã hội, an ninh, quốc phòng gắn với Kết luận số 01-KL/TW; thực hiện nghiêm đạo đức công vụ, văn hóa công sở; phương châm “Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân”, “Nghe dân nói”, “Nói dân hiểu”, “Hướng dẫn dân làm”, “Làm dân tin”; tăng cường kỷ luật, kỷ cương hành chính.',
      'Thực hiện Luật Tiếp cận thông tin; tăng cường tiếp công dân, đối thoại với Nhân dân thường xuyên và đột xuất, nhất là trách nhiệm của người đứng đầu; giải quyết dứt điểm các vụ việc khiếu nại, tố cáo; chú trọng hòa giải ở cơ sở, không để đơn thư kéo dài, vượt cấp; nắm tình hình Nhân dân, nhất là tình hình dân tộc, tôn giáo.',
      'Xây dựng kế hoạch tập huấn, bồi dưỡng cho cán bộ, công chức, viên chức về kỹ năng công tác dân vận, vận hành quy chế dân chủ ở cơ sở, đặc biệt là cán bộ lãnh đạo quản lý và người được phân công phụ trách công tác dân vận, thường xuyên tiếp xúc với Nhân dân.',
      'Tuyên truyền sâu rộng về “Năm dân vận chính quyền” 2022; nâng cao chất lượng các chuyên mục, chuyên đề, tin, bài về công tác dân vận, quy chế dân chủ ở cơ sở, các mô hình, điển hình “Dân vận khéo” trong các cơ quan nhà nước và chính quyền các cấp.',
      'UBND huyện phối hợp với Ban Dân vận Huyện ủy ký kết và triển khai nội dung phối hợp công tác dân vận giai đoạn 2022 - 2026; hướng dẫn cơ sở viết cam kết; tạo điều kiện để Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân tham gia góp ý, giám sát, phản biện xã hội.',
      'Đảng ủy các xã, thị trấn xây dựng kế hoạch và triển khai thực hiện “Năm dân vận chính quyền” 2022 và quy chế dân chủ ở cơ sở; tăng cường kiểm tra, giám sát; định kỳ báo cáo Ban Thường vụ Huyện ủy (qua Ban Dân vận Huyện ủy).',
    ],
    guidingDocs: [
      '451-CV/HU',
      '23-QĐ/TW',
      '43-KL/TW',
      '25-NQ/TW',
      '114-KL/TW',
      '33/CT-TTg',
      '76/NQ-CP',
      '01-KL/TW',
      '104/2016/QH13',
    ],
  },
];

export interface MovementSeed {
  code: string;
  name: string;
  kind: 'phong_trao_thi_dua' | 'phong_trao' | 'cuoc_van_dong';
  description: string;
  /** Lĩnh vực thực hiện. */
  fields: string[];
  requirements: string[];
  /** numberSymbol values from GUIDING_DOCUMENTS_SEED. */
  guidingDocs: string[];
  /** Minimum number of models each state body must build and run, where the seeds set one. */
  minModelsPerBody?: number;
  /** Upper end of the target range of models per state body (seed 003: 01 đến 02). */
  targetModelsPerBody?: number;
}

export const MOVEMENTS_SEED: MovementSeed[] = [
  {
    code: 'dan_van_kheo',
    name: 'Phong trào thi đua “Dân vận khéo”',
    kind: 'phong_trao_thi_dua',
    description:
      'Phong trào thi đua “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa, xã hội, an ninh, quốc phòng, gắn với đổi mới, nâng cao chất lượng, hiệu quả công tác dân vận, đặc biệt là công tác dân vận của các cơ quan nhà nước; thực hiện phù hợp với tình hình thực tiễn ở cơ quan, đơn vị, địa phương, nhất là trong thực hiện 03 Chương trình mục tiêu quốc gia về giảm nghèo, xây dựng nông thôn mới và phát triển kinh tế - xã hội vùng đồng bào dân tộc, miền núi; gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
    fields: ['kinh tế', 'văn hóa', 'xã hội', 'an ninh', 'quốc phòng'],
    requirements: [
      'Tập trung rà soát, xây dựng, triển khai và nhân rộng các mô hình, điển hình “Dân vận khéo” liên quan trực tiếp đến người dân và giải quyết các vấn đề bức xúc ở địa phương, gắn với nâng cao đạo đức, trách nhiệm công vụ, kỷ luật, kỷ cương hành chính và tinh thần phục vụ Nhân dân (seed 003).',
      'Đảm bảo tối thiểu mỗi cơ quan Nhà nước các cấp phải xây dựng, nhân rộng, phát huy hiệu quả 01 đến 02 mô hình “Dân vận khéo” (seed 003).',
      'Thường xuyên theo dõi, đánh giá và kịp thời biểu dương, khen thưởng các mô hình, điển hình tiêu biểu để nhân rộng (seed 000).',
      'Báo cáo công tác triển khai xây dựng kế hoạch, tuyên truyền, đào tạo bồi dưỡng, thi đua - khen thưởng; kết quả bồi dưỡng kỹ năng vận động Nhân dân; kết quả biểu dương, khen thưởng, nhân rộng các điển hình “Dân vận khéo” (đề cương 1432/BNV-CTTN, mục III.4).',
    ],
    guidingDocs: ['35-CT/TU', '01-KL/TW', '33/CT-TTg', '1432/BNV-CTTN'],
    minModelsPerBody: 1,
    targetModelsPerBody: 2,
  },
  {
    code: 'toan_dan_doan_ket_xd_doi_song_van_hoa',
    name: 'Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”',
    kind: 'phong_trao',
    description:
      'Seed 001 (mục II.2) yêu cầu tập trung triển khai thực hiện có hiệu quả Kế hoạch đổi mới, nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” trên địa bàn tỉnh giai đoạn 2021 - 2025.',
    fields: ['văn hóa', 'xã hội'],
    requirements: [],
    guidingDocs: [],
  },
  {
    code: 'xa_dat_chuan_van_hoa_nong_thon_moi',
    name: 'Cuộc vận động “xây dựng xã đạt chuẩn văn hóa nông thôn mới”',
    kind: 'cuoc_van_dong',
    description: 'Cuộc vận động được seed 001 (mục II.2) yêu cầu tập trung triển khai thực hiện có hiệu quả.',
    fields: ['văn hóa', 'xã hội'],
    requirements: [],
    guidingDocs: [],
  },
  {
    code: 'phuong_thi_tran_van_minh_do_thi',
    name: 'Cuộc vận động “Phường, thị trấn đạt chuẩn văn minh đô thị”',
    kind: 'cuoc_van_dong',
    description: 'Cuộc vận động được seed 001 (mục II.2) yêu cầu tập trung triển khai thực hiện có hiệu quả.',
    fields: ['văn hóa', 'xã hội'],
    requirements: [],
    guidingDocs: [],
  },
  {
    code: 'den_on_dap_nghia',
    name: 'Phong trào “đền ơn đáp nghĩa”',
    kind: 'phong_trao',
    description:
      'Seed 001 (mục II.2) yêu cầu đẩy mạnh phong trào “đền ơn đáp nghĩa”, đặc biệt là phát huy các nguồn lực xã hội hóa, gắn với thực hiện tốt chính sách ưu đãi người có công.',
    fields: ['xã hội'],
    requirements: [],
    guidingDocs: [],
  },
  {
    code: 'toan_dan_bao_ve_an_ninh_to_quoc',
    name: 'Phong trào toàn dân bảo vệ an ninh Tổ quốc',
    kind: 'phong_trao',
    description:
      'Seed 001 (mục II.2) yêu cầu nâng cao chất lượng phong trào toàn dân bảo vệ an ninh Tổ quốc, xây dựng thế trận an ninh nhân dân vững mạnh.',
    fields: ['an ninh'],
    requirements: [],
    guidingDocs: [],
  },
];
