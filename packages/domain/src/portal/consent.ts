/**
 * The consent to the processing of personal data a citizen gives when sending a matter through the
 * portal (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, in force from 1/1/2026: consent is given for a
 * stated purpose, explicitly, and can be shown later), and the statement of what the portal makes
 * public. Data: a change of the text is a new version; each submission stores the version it was
 * given under and the time (apps/server portal_submissions).
 */

export const PORTAL_CONSENT_VERSION = '2026-01-01.1';

export const PORTAL_CONSENT_LEGAL_BASIS_VI =
  'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 (có hiệu lực từ ngày 01/01/2026)';

/** The consent, paragraph by paragraph, as shown above the "Tôi đồng ý" box. */
export const PORTAL_CONSENT_TEXT: Readonly<{ vi: readonly string[]; en: readonly string[] }> = Object.freeze({
  vi: [
    'Tôi đồng ý để cơ quan, đơn vị tiếp nhận xử lý dữ liệu cá nhân tôi cung cấp (họ tên, số điện thoại, thư điện tử, địa chỉ, số giấy tờ tùy thân nếu có, nội dung và tệp đính kèm) chỉ nhằm mục đích tiếp nhận, phân loại, giải quyết và trả lời đơn thư, phản ánh, kiến nghị của tôi theo quy định của pháp luật.',
    'Dữ liệu cá nhân của tôi chỉ được cán bộ có thẩm quyền xử lý hồ sơ truy cập; không được công khai, không được cung cấp cho bên thứ ba, trừ trường hợp chuyển đơn đến cơ quan có thẩm quyền giải quyết hoặc theo yêu cầu của cơ quan nhà nước có thẩm quyền theo quy định của pháp luật.',
    'Đối với đơn tố cáo, thông tin về người tố cáo được mã hóa và lưu riêng, được giữ bí mật theo Luật Tố cáo năm 2018.',
    'Tôi có quyền được biết về hoạt động xử lý, rút lại sự đồng ý, yêu cầu xem, chỉnh sửa hoặc xóa dữ liệu cá nhân của mình theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, bằng cách liên hệ cơ quan tiếp nhận; việc rút lại sự đồng ý không ảnh hưởng đến việc xử lý đã thực hiện trước đó và hồ sơ được lưu trữ theo quy định về lưu trữ.',
  ],
  en: [
    'I agree that the receiving body processes the personal data I provide (name, phone number, e-mail, address, identity number if any, the content and attached files) only to receive, classify, resolve and answer my petition, feedback or recommendation as the law provides.',
    'My personal data is accessed only by the officials competent to handle the case; it is not made public nor given to third parties, except when the petition is transferred to the competent body or when a competent state authority requires it by law.',
    "For a denunciation, the denouncer's identity is encrypted and kept apart, confidential under the Law on Denunciations 2018.",
    'I have the right to be informed of the processing, to withdraw my consent, and to ask to see, correct or delete my personal data under Law 91/2025/QH15 by contacting the receiving body; withdrawing consent does not affect processing already done, and the file is kept as the archives rules require.',
  ],
});

/** What the portal shows publicly and what it never shows: the web states it before sending. */
export const PORTAL_PUBLIC_STATEMENT: Readonly<{
  public: { vi: readonly string[]; en: readonly string[] };
  private: { vi: readonly string[]; en: readonly string[] };
}> = Object.freeze({
  public: {
    vi: [
      'Chỉ người giữ mã tra cứu mới xem được tiến độ xử lý hồ sơ: các bước và ngày thực hiện, đơn vị đang xử lý, thời hạn, câu trả lời khi đã công bố.',
      'Khi hồ sơ đã giải quyết xong, cơ quan có thể công bố câu trả lời cho kiến nghị, phản ánh trên Cổng (đã lược bỏ mọi thông tin cá nhân), kèm đơn vị, lĩnh vực và kết quả.',
      'Các lịch tiếp công dân, mô hình “Dân vận khéo” được công nhận và chỉ số hài lòng của đơn vị được công khai.',
    ],
    en: [
      'Only whoever holds the lookup code sees the progress of the case: the steps and their dates, the unit now handling it, the deadline, the answer once published.',
      'Once the case is resolved, the body may publish its answer to a recommendation or feedback on the portal (stripped of any personal data), with the unit, field and outcome.',
      'Reception schedules, recognised “Dân vận khéo” models and the units’ satisfaction index are public.',
    ],
  },
  private: {
    vi: [
      'Họ tên, số điện thoại, thư điện tử, địa chỉ, số giấy tờ tùy thân của người gửi không bao giờ được công khai.',
      'Nội dung đơn và tệp đính kèm không được công khai; đơn tố cáo không bao giờ được công bố trên Cổng.',
      'Ý kiến nhận xét khi đánh giá mức độ hài lòng chỉ cơ quan được đánh giá xem được.',
    ],
    en: [
      "The sender's name, phone number, e-mail, address and identity number are never made public.",
      'The content of the petition and its files are not made public; a denunciation is never published on the portal.',
      'The comments given with a satisfaction rating are seen only by the unit rated.',
    ],
  },
});
