/**
 * "Dân vận khéo" models and commendations (DOMAIN.md part D; seeds 000 1c, 002 item 4, 003 item 4,
 * 004 III.4). The vocabularies are defined here once (the contracts' enums and the web's labels are
 * built from them), with the model's state machine, the scoring of an evaluation against the
 * recognition criteria and the one-to-two rule of seed 003, all pure.
 *
 * Sources of the registration content and of the recognition criteria (read in 2026; the points are
 * this system's defaults, marked "cần kiểm tra", for the coordinator to set from the province's own
 * guide):
 * - the four fields and the recognition criteria: Hướng dẫn xây dựng mô hình, điển hình "Dân vận
 *   khéo" giai đoạn 2021-2025 của Ban Dân vận Tỉnh ủy (19/4/2021), mục 1 "Về nội dung" and mục 2
 *   "Tiêu chí" (republished at https://cunghoidap.com/mau-ke-hoach-xay-dung-mo-hinh-dan-van-kheo/amp);
 * - the content of each field and the steps (khảo sát, đăng ký, triển khai, sơ kết, đánh giá, công
 *   nhận, nhân rộng): Hướng dẫn xây dựng và bình xét mô hình, điển hình "Dân vận khéo" năm 2023 của Ban
 *   Dân vận Tỉnh ủy Đắk Nông (http://tinhuy.daknong.gov.vn/tin-tuc/noi-dung-cac-buoc-xay-dung-mo-hinh-va-nguyen-tac-trong-huong-dan-xay-dung-va-binh-xet-mo-hinh-dien-hinh-dan-van-kheo-nam-2023-8854.html)
 *   and Ban Dân vận Tỉnh ủy Bình Phước, Hướng dẫn nghiệp vụ xây dựng mô hình, điển hình trong phong
 *   trào thi đua "Dân vận khéo" (22/6/2020, https://danvanbinhphuoc.vn/nghiep-vu/huong-dan-nghiep-vu-xay-dung-mo-hinh-dien-hinh-trong-phong-trao-thi-dua-dan-van-kheo-123.html);
 * - the minimum per state body: seed 003 (Chỉ thị của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công
 *   tác dân vận của cơ quan Nhà nước các cấp), item 4: "Đảm bảo tối thiểu mỗi cơ quan Nhà nước các
 *   cấp phải xây dựng, nhân rộng, phát huy hiệu quả 01 đến 02 mô hình “Dân vận khéo”".
 * - commendation forms: Luật Thi đua, khen thưởng 2022 (Luật số 06/2022/QH15), Điều 9 (hình thức khen
 *   thưởng), plus "biểu dương", which the seeds use beside "khen thưởng" (seed 000 1c, 004 III.4).
 */
export * from './vocabulary.ts';
export * from './workflow.ts';
export * from './evaluation.ts';
export * from './rules.ts';
