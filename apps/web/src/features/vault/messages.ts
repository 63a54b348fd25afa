/** Messages of the vault feature (merged under `vault`); en has the same keys. */
export const vaultVi = {
  protectedTag: 'Người tố cáo được bảo vệ danh tính',
  protectedHint:
    'Danh tính người tố cáo được giữ bí mật (Luật Tố cáo 2018, Điều 47): chỉ người được giao giải quyết vụ việc mới được xem, và mỗi lần xem đều được ghi vào nhật ký.',
  paperRef: 'Lưu ở sổ giấy, số tham chiếu: {ref}',
  reveal: 'Xem danh tính',
  revealTitle: 'Xem danh tính người tố cáo',
  revealIntro:
    'Danh tính người tố cáo là thông tin mật. Lý do xem được ghi vào nhật ký hoạt động cùng tên của bạn.',
  reason: 'Lý do xem danh tính',
  reasonPlaceholder: 'Ví dụ: Liên hệ người tố cáo để làm rõ nội dung tố cáo',
  reasonRequired: 'Nhập lý do xem danh tính',
  reasonMin: 'Lý do xem danh tính: ít nhất {min} ký tự',
  identityTitle: 'Danh tính người tố cáo',
  confidential:
    'Thông tin mật: không sao chép, chụp màn hình hay chia sẻ. Lần xem này đã được ghi vào nhật ký. Đóng cửa sổ để ẩn danh tính.',
  empty: 'Không có',
  scans: 'Bản quét chữ ký, chữ viết',
  download: 'Tải về',
  close: 'Đóng và ẩn danh tính',
  sealedAt: 'Ngày ghi nhận',
  loadFailed: 'Không tải được trạng thái bảo vệ danh tính',
};

export const vaultEn: typeof vaultVi = {
  protectedTag: "Denouncer's identity protected",
  protectedHint:
    "The denouncer's identity is kept confidential (Law on Denunciations 2018, art. 47): only the handler assigned to the case may see it, and every view is recorded in the audit trail.",
  paperRef: 'Kept in the paper register, reference: {ref}',
  reveal: 'Show identity',
  revealTitle: "Show the denouncer's identity",
  revealIntro:
    "The denouncer's identity is confidential. Your reason is recorded in the audit trail with your name.",
  reason: 'Reason for viewing',
  reasonPlaceholder: 'E.g. contacting the denouncer to clarify the denunciation',
  reasonRequired: 'Enter the reason for viewing',
  reasonMin: 'Reason for viewing: at least {min, plural, one {# character} other {# characters}}',
  identityTitle: "Denouncer's identity",
  confidential:
    'Confidential: do not copy, screenshot or share. This view has been recorded in the audit trail. Close the window to hide the identity.',
  empty: 'None',
  scans: 'Signature and handwriting scans',
  download: 'Download',
  close: 'Close and hide the identity',
  sealedAt: 'Recorded on',
  loadFailed: 'Could not load the identity protection state',
};
