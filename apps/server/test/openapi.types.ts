/**
 * Generated from the OpenAPI document by openapi-typescript: do not edit.
 * Regenerate with `npm run openapi:types` (test/openapi.test.ts fails when it is stale).
 */
export interface paths {
  '/api/v1/answers/comments/{id}/moderate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kiểm duyệt ý kiến góp ý: hiển thị, không duyệt hoặc ẩn (có lý do) */
    post: operations['moderateConsultationComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tình hình trả lời đúng hạn theo đơn vị */
    get: operations['answerCompliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/consultations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mở đợt lấy ý kiến Nhân dân về dự thảo */
    post: operations['createConsultation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/consultations/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ý kiến góp ý của đợt lấy ý kiến (hàng chờ kiểm duyệt) */
    get: operations['listConsultationComments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/consultations/{id}/report.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Báo cáo tiếp thu, giải trình ý kiến Nhân dân (.docx) */
    get: operations['consultationReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/council-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Nhập kiến nghị cử tri của kỳ họp HĐND */
    post: operations['createCouncilSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/dialogues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lên lịch đối thoại trực tiếp của người đứng đầu với Nhân dân */
    post: operations['createDialogue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/dialogues/{id}/hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận buổi đối thoại: thành phần, ý kiến, kết luận, nội dung cam kết */
    post: operations['holdDialogue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/dialogues/{id}/minutes.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Biên bản đối thoại (.docx, thể thức Nghị định 30/2020/NĐ-CP) */
    get: operations['dialogueMinutes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/front-criticisms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Nhận văn bản phản biện xã hội của Mặt trận đối với dự thảo */
    post: operations['createFrontCriticism'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/front-supervisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Nhận văn bản giám sát của Mặt trận (kế hoạch, kết luận, kiến nghị) */
    post: operations['createFrontSupervision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách nội dung cần trả lời (đã gửi, được gửi đến, được giao) */
    get: operations['listAnswerItems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xem nội dung, trả lời và quá trình giải quyết */
    get: operations['getAnswerItem'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/items/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Trả lời (hoặc trả lời lại) nội dung được giao */
    post: operations['answerAnswerItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/items/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kết thúc theo dõi nội dung */
    post: operations['closeAnswerItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/items/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Giải trình, không tiếp thu (nêu rõ lý do) */
    post: operations['declineAnswerItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/items/{id}/judge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đánh giá trả lời: thỏa đáng hoặc chưa thỏa đáng */
    post: operations['judgeAnswerItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/items/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bắt đầu giải quyết nội dung được giao */
    post: operations['startAnswerItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/items/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Trả lời nhiều nội dung một lần (theo mẫu trả lời) */
    post: operations['bulkAnswerItems'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/items/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Giao đơn vị chủ trì, phối hợp trả lời (nhiều nội dung) */
    post: operations['assignAnswerItems'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/items/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất danh sách nội dung cần trả lời ra tệp .xlsx */
    get: operations['exportAnswerItems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/items/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Công khai (hoặc thôi công khai) trả lời trên cổng thông tin */
    post: operations['publishAnswerItems'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/public/comments/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Báo cáo ý kiến vi phạm (ẩn sau nhiều lượt báo cáo) */
    post: operations['reportConsultationComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/public/consultations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Đợt lấy ý kiến Nhân dân và các ý kiến đã hiển thị (cổng thông tin) */
    get: operations['getPublicConsultation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/public/consultations/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gửi góp ý (không cần tài khoản; chờ kiểm duyệt) */
    post: operations['submitConsultationComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/sources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách văn bản, hồ sơ nguồn (đối thoại, giám sát, phản biện, kỳ họp, lấy ý kiến) */
    get: operations['listAnswerSources'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/sources/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xem văn bản nguồn và các nội dung cần trả lời */
    get: operations['getAnswerSource'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa thông tin văn bản nguồn */
    patch: operations['updateAnswerSource'];
    trace?: never;
  };
  '/api/v1/answers/sources/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Thêm nội dung (kiến nghị, cam kết) vào văn bản nguồn */
    post: operations['addAnswerItems'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mẫu trả lời */
    get: operations['listAnswerTemplates'];
    put?: never;
    /** Tạo mẫu trả lời của đơn vị */
    post: operations['createAnswerTemplate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Đơn vị có thể gửi văn bản, giao trả lời (các đơn vị đang hoạt động của tỉnh) */
    get: operations['listAnswerUnits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nhật ký thao tác trong phạm vi */
    get: operations['listAuditEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất nhật ký ra .xlsx */
    get: operations['exportAuditEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đăng nhập (đặt cookie phiên) */
    post: operations['createSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đăng xuất */
    post: operations['deleteSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Người dùng hiện tại, phân công và quyền */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đổi mật khẩu */
    post: operations['changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/switch-unit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Chọn đơn vị làm việc */
    post: operations['switchUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tệp đính kèm của một hồ sơ */
    get: operations['listFiles'];
    put?: never;
    /** Tải lên tệp minh chứng cho một hồ sơ (multipart: file) */
    post: operations['uploadFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Xóa tệp đính kèm */
    delete: operations['deleteFile'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files/{id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải tệp về */
    get: operations['downloadFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách cuộc thanh tra, kiểm tra công vụ */
    get: operations['listInspections'];
    put?: never;
    /** Ghi nhận cuộc thanh tra, kiểm tra công vụ */
    post: operations['createInspection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xem cuộc thanh tra, kiểm tra: đoàn, kết quả, vi phạm, kiến nghị, kết luận */
    get: operations['getInspection'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa cuộc thanh tra, kiểm tra (đoàn, phát hiện, công khai kết quả) */
    patch: operations['updateInspection'];
    trace?: never;
  };
  '/api/v1/inspections/{id}/conclude': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ban hành kết luận thanh tra, kiểm tra */
    post: operations['concludeInspection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/conclusion.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải kết luận thanh tra, kiểm tra .docx theo thể thức Nghị định 30/2020/NĐ-CP */
    get: operations['downloadInspectionConclusion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/recommendations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận kiến nghị (đơn vị thực hiện, hạn thực hiện) */
    post: operations['createInspectionRecommendation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/violations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận vi phạm (người vi phạm, quy định bị vi phạm, hình thức xử lý) */
    post: operations['createInspectionViolation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất danh sách thanh tra, kiểm tra, vi phạm và kiến nghị ra .xlsx (thông tin cá nhân chỉ cho người có quyền) */
    get: operations['exportInspections'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Kế hoạch thanh tra, kiểm tra công vụ hằng năm, kèm tình hình thực hiện */
    get: operations['listInspectionPlans'];
    put?: never;
    /** Lập kế hoạch thanh tra, kiểm tra công vụ của năm */
    post: operations['createInspectionPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xem kế hoạch: đơn vị được thanh tra, kiểm tra, tháng dự kiến, tình hình thực hiện */
    get: operations['getInspectionPlan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa kế hoạch thanh tra, kiểm tra */
    patch: operations['updateInspectionPlan'];
    trace?: never;
  };
  '/api/v1/inspections/plans/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Thêm đơn vị được thanh tra, kiểm tra vào kế hoạch (tháng dự kiến) */
    post: operations['addInspectionPlanItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/recommendations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Theo dõi thực hiện kiến nghị: trạng thái, ngày hoàn thành, minh chứng */
    patch: operations['updateInspectionRecommendation'];
    trace?: never;
  };
  '/api/v1/inspections/reference': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Quy định về văn hóa công vụ và hình thức xử lý kỷ luật (kèm căn cứ pháp lý) */
    get: operations['readInspectionReference'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/violations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa vi phạm (hình thức, quyết định xử lý) */
    patch: operations['updateInspectionViolation'];
    trace?: never;
  };
  '/api/v1/legal/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lịch ngày nghỉ, ngày làm bù */
    get: operations['listCalendarDays'];
    put?: never;
    /** Thêm ngày nghỉ hoặc ngày làm bù */
    post: operations['createCalendarDay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal/calendar/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Xóa ngày khỏi lịch */
    delete: operations['deleteCalendarDay'];
    options?: never;
    head?: never;
    /** Sửa ngày nghỉ, ngày làm bù */
    patch: operations['updateCalendarDay'];
    trace?: never;
  };
  '/api/v1/legal/deadline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tính thử thời hạn theo quy định và lịch ngày làm việc */
    get: operations['previewLegalDeadline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách quy định thời hạn theo luật */
    get: operations['listTimeLimitRules'];
    put?: never;
    /** Thêm quy định thời hạn */
    post: operations['createTimeLimitRule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal/rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa quy định thời hạn (quy định đã áp dụng: tạo phiên bản mới từ một ngày) */
    patch: operations['updateTimeLimitRule'];
    trace?: never;
  };
  '/api/v1/legal/rules/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cho quy định thời hạn hết hiệu lực từ sau một ngày */
    post: operations['retireTimeLimitRule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/meta': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thông tin triển khai (chế độ trình diễn, phiên bản) */
    get: operations['getMeta'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách mô hình “Dân vận khéo” */
    get: operations['listModels'];
    put?: never;
    /** Đăng ký mô hình “Dân vận khéo” */
    post: operations['createModel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xem mô hình: nội dung đăng ký, kết quả, đánh giá */
    get: operations['getModel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa nội dung đăng ký mô hình */
    patch: operations['updateModel'];
    trace?: never;
  };
  '/api/v1/models/{id}/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đánh giá mô hình theo tiêu chí công nhận */
    post: operations['evaluateModel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models/{id}/recognise': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Công nhận mô hình (cấp công nhận, quyết định) */
    post: operations['recogniseModel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models/{id}/replicate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận nhân rộng mô hình đã công nhận */
    post: operations['replicateModel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models/{id}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi kết quả thực hiện mô hình, kèm số liệu */
    post: operations['addModelResult'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Yêu cầu tiếp tục hoàn thiện mô hình đã đánh giá */
    post: operations['resumeModel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bắt đầu thực hiện mô hình */
    post: operations['startModel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models/{id}/stop': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dừng thực hiện mô hình (đơn vị hoặc cơ quan đánh giá; quyền do chính sách của mô hình quyết định) */
    post: operations['stopModel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models/commendations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách biểu dương, khen thưởng */
    get: operations['listCommendations'];
    put?: never;
    /** Ghi nhận biểu dương, khen thưởng (đơn vị hoặc cơ quan đánh giá; quyền do chính sách quyết định) */
    post: operations['createCommendation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models/commendations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xem một khen thưởng */
    get: operations['getCommendation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa khen thưởng (đơn vị hoặc cơ quan đánh giá) */
    patch: operations['updateCommendation'];
    trace?: never;
  };
  '/api/v1/models/commendations/{id}/decision.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải quyết định khen thưởng .docx theo thể thức Nghị định 30/2020/NĐ-CP */
    get: operations['downloadCommendationDecision'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models/commendations/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất danh sách khen thưởng ra tệp .xlsx */
    get: operations['exportCommendations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tình hình xây dựng mô hình của các cơ quan Nhà nước so với định mức 01–02 mô hình */
    get: operations['readModelCompliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models/criteria': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tiêu chí công nhận mô hình (kèm căn cứ) */
    get: operations['listModelCriteria'];
    put?: never;
    /** Thêm tiêu chí công nhận */
    post: operations['createModelCriterion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models/criteria/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa tiêu chí (tiêu chí đã dùng để chấm: tạo phiên bản mới), hoặc thôi áp dụng */
    patch: operations['updateModelCriterion'];
    trace?: never;
  };
  '/api/v1/models/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất danh sách mô hình ra tệp .xlsx */
    get: operations['exportModels'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Định mức: số mô hình tối thiểu mỗi cơ quan, ngưỡng điểm công nhận */
    get: operations['listModelSettings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/models/settings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa định mức */
    patch: operations['updateModelSetting'];
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hộp thông báo của tôi */
    get: operations['listNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đánh dấu đã đọc */
    post: operations['markNotificationRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đánh dấu tất cả đã đọc */
    post: operations['markAllNotificationsRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Số thông báo chưa đọc */
    get: operations['countUnreadNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất danh sách đơn vị ra .xlsx */
    get: operations['exportUnits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org/groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nhóm đơn vị (khối) */
    get: operations['listUnitGroups'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Nhập danh sách đơn vị từ .xlsx/.csv (mode=preview: xem trước, không ghi) */
    post: operations['importUnits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sáp nhập đơn vị vào đơn vị kế thừa từ một ngày */
    post: operations['mergeUnits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org/roots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các đơn vị gốc của cây mà người dùng được xem */
    get: operations['listRootUnits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org/split': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Chia tách đơn vị */
    post: operations['splitUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách đơn vị trong phạm vi */
    get: operations['listUnits'];
    put?: never;
    /** Tạo đơn vị */
    post: operations['createUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org/units/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một đơn vị */
    get: operations['getUnit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa, đổi tên đơn vị */
    patch: operations['updateUnit'];
    trace?: never;
  };
  '/api/v1/org/units/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ngừng hoạt động đơn vị */
    post: operations['deactivateUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org/units/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lịch sử đơn vị: đổi tên, chuyển, sáp nhập, chia tách */
    get: operations['getUnitHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org/units/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Chuyển đơn vị sang đơn vị cấp trên khác */
    post: operations['moveUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sổ đơn thư: lọc theo loại, lĩnh vực, trạng thái, cảnh báo, đơn vị, hạn xử lý; số đơn theo trạng thái */
    get: operations['listPetitions'];
    put?: never;
    /** Tiếp nhận đơn (đơn nhiều loại được tách thành một hồ sơ mỗi loại) */
    post: operations['createPetitions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hồ sơ đơn thư: diễn biến, thời hạn, văn bản, đơn nghi trùng */
    get: operations['getPetition'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Thụ lý giải quyết (thời hạn theo quy định có hiệu lực ngày thụ lý) */
    post: operations['acceptPetition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Phân công người giải quyết */
    post: operations['assignPetition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kết thúc hồ sơ */
    post: operations['closePetition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/decide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Quyết định giải quyết khiếu nại, kết luận nội dung tố cáo */
    post: operations['decidePetition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/dialogue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận đối thoại (khiếu nại) */
    post: operations['holdPetitionDialogue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/documents/{doc}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Văn bản của hồ sơ (.docx theo Nghị định 30/2020/NĐ-CP) */
    get: operations['downloadPetitionDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/duplicates/{otherId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Xác nhận trùng (liên kết) hoặc bỏ qua một đơn nghi trùng */
    post: operations['resolvePetitionDuplicate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/extend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gia hạn giải quyết (trong giới hạn luật định) */
    post: operations['extendPetition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lưu đơn, không xử lý (có lý do) */
    post: operations['filePetition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/guide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hướng dẫn người gửi đơn */
    post: operations['guidePetition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tiếp tục giải quyết (thời hạn cộng thêm thời gian tạm đình chỉ) */
    post: operations['resumePetition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/screen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Phân loại đơn, xác định thẩm quyền */
    post: operations['screenPetition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/send-result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gửi kết quả giải quyết */
    post: operations['sendPetitionResult'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tạm đình chỉ giải quyết (dừng tính thời hạn) */
    post: operations['suspendPetition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Chuyển đơn đến cơ quan có thẩm quyền */
    post: operations['transferPetition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận xác minh */
    post: operations['verifyPetition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/deadlines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tổng quan hạn xử lý: theo đơn vị trong phạm vi, số đơn đang tính hạn, sắp đến hạn (7 ngày), quá hạn, theo loại đơn */
    get: operations['petitionDeadlineOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/duplicate-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kiểm tra đơn trùng khi nhập (cùng người gửi hoặc nội dung tương tự, không phân biệt dấu) */
    post: operations['checkPetitionDuplicates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất sổ đơn thư ra .xlsx (không có nội dung đơn, không có thông tin người tố cáo) */
    get: operations['exportPetitions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Nhập đơn thư đã tiếp nhận trước đây từ .xlsx/.csv (mode=preview: xem trước từng dòng, không ghi; mode=commit: nhập các dòng hợp lệ, bỏ qua dòng lỗi) */
    post: operations['importPetitions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/import/template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tệp mẫu nhập đơn thư (.xlsx): các cột, hai dòng ví dụ và danh mục giá trị */
    get: operations['petitionImportTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/petitions/visit-draft/{visitId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dữ liệu tạo đơn từ một lượt tiếp công dân */
    get: operations['getPetitionVisitDraft'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách kế hoạch (của đơn vị trong phạm vi và kế hoạch cấp trên đã ban hành) */
    get: operations['listPlans'];
    put?: never;
    /** Soạn kế hoạch (dự thảo) */
    post: operations['createPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một kế hoạch */
    get: operations['getPlan'];
    put?: never;
    post?: never;
    /** Xóa kế hoạch dự thảo */
    delete: operations['deletePlan'];
    options?: never;
    head?: never;
    /** Sửa kế hoạch dự thảo (kế hoạch đã ban hành: chỉ yêu cầu đơn vị xây dựng kế hoạch) */
    patch: operations['updatePlan'];
    trace?: never;
  };
  '/api/v1/plans/{id}/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tình hình ban hành kế hoạch của các đơn vị được yêu cầu */
    get: operations['getPlanCompliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/{id}/compliance.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất tình hình ban hành kế hoạch ra .xlsx */
    get: operations['exportPlanCompliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/{id}/document.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Kế hoạch dạng .docx theo thể thức Nghị định 30/2020/NĐ-CP */
    get: operations['downloadPlanDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/{id}/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ban hành kế hoạch: giao nhiệm vụ, yêu cầu đơn vị xây dựng kế hoạch */
    post: operations['issuePlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/{id}/matrix': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ma trận nhiệm vụ × đơn vị */
    get: operations['getTaskMatrix'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/{id}/matrix.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất ma trận nhiệm vụ × đơn vị ra .xlsx */
    get: operations['exportTaskMatrix'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/{id}/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nhiệm vụ của kế hoạch */
    get: operations['listPlanTasks'];
    put?: never;
    /** Thêm nhiệm vụ, giao cho nhiều đơn vị (theo nhóm, loại hoặc danh sách) */
    post: operations['createTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/{id}/tasks.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất danh mục nhiệm vụ ra .xlsx (cũng là mẫu để nhập) */
    get: operations['exportPlanTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/{id}/tasks/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Nhập nhiệm vụ từ .xlsx (mode=preview: xem trước, không ghi) */
    post: operations['importPlanTasks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/assignments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một nhiệm vụ được giao cho một đơn vị, với lịch sử cập nhật */
    get: operations['getTaskAssignment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Cập nhật trạng thái, tiến độ, ghi chú của đơn vị */
    patch: operations['updateTaskAssignment'];
    trace?: never;
  };
  '/api/v1/plans/guiding-documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sổ văn bản chỉ đạo (tìm không dấu) */
    get: operations['listGuidingDocuments'];
    put?: never;
    /** Vào sổ văn bản chỉ đạo */
    post: operations['createGuidingDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/guiding-documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một văn bản chỉ đạo */
    get: operations['getGuidingDocument'];
    put?: never;
    post?: never;
    /** Xóa văn bản chỉ đạo chưa được viện dẫn */
    delete: operations['deleteGuidingDocument'];
    options?: never;
    head?: never;
    /** Sửa văn bản chỉ đạo */
    patch: operations['updateGuidingDocument'];
    trace?: never;
  };
  '/api/v1/plans/guiding-documents/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất sổ văn bản chỉ đạo ra .xlsx */
    get: operations['exportGuidingDocuments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/leaders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Phân công lãnh đạo phụ trách công tác dân vận chính quyền */
    get: operations['listLeaderAssignments'];
    put?: never;
    /** Ghi nhận phân công lãnh đạo phụ trách (bằng văn bản) */
    post: operations['createLeaderAssignment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/leaders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một quyết định phân công lãnh đạo phụ trách */
    get: operations['getLeaderAssignment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa, kết thúc phân công lãnh đạo phụ trách */
    patch: operations['updateLeaderAssignment'];
    trace?: never;
  };
  '/api/v1/plans/leaders/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Đơn vị chưa phân công lãnh đạo phụ trách */
    get: operations['getLeaderCompliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/leaders/compliance.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất danh sách đơn vị chưa phân công lãnh đạo phụ trách ra .xlsx */
    get: operations['exportLeaderCompliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/movements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Phong trào thi đua, cuộc vận động áp dụng cho đơn vị */
    get: operations['listMovements'];
    put?: never;
    /** Thêm phong trào thi đua, cuộc vận động */
    post: operations['createMovement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/movements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa phong trào */
    patch: operations['updateMovement'];
    trace?: never;
  };
  '/api/v1/plans/my-tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nhiệm vụ được giao cho đơn vị */
    get: operations['listMyTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/my-tasks.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất nhiệm vụ của đơn vị ra .xlsx */
    get: operations['exportMyTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/requirements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Kế hoạch cấp trên yêu cầu đơn vị ban hành kế hoạch, và tình trạng của đơn vị */
    get: operations['listPlanRequirements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một nhiệm vụ */
    get: operations['getTask'];
    put?: never;
    post?: never;
    /** Xóa nhiệm vụ chưa giao */
    delete: operations['deleteTask'];
    options?: never;
    head?: never;
    /** Sửa nhiệm vụ, thêm, bớt đơn vị được giao */
    patch: operations['updateTask'];
    trace?: never;
  };
  '/api/v1/plans/tasks/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hủy nhiệm vụ */
    post: operations['cancelTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/themes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Chủ đề năm áp dụng cho đơn vị */
    get: operations['listYearThemes'];
    put?: never;
    /** Đặt chủ đề năm */
    post: operations['createYearTheme'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/themes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa chủ đề năm */
    patch: operations['updateYearTheme'];
    trace?: never;
  };
  '/api/v1/portal/petitions/{id}/publication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Công bố câu trả lời của một đơn thư: trạng thái, kết quả được chọn, bản đang công bố */
    get: operations['getPetitionPublication'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/publications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nội dung đơn vị đã công bố trên Cổng thông tin */
    get: operations['listPortalPublications'];
    put?: never;
    /** Công bố câu trả lời kiến nghị, phản ánh đã giải quyết (đã lược bỏ thông tin cá nhân) */
    post: operations['publishPetitionAnswer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/publications/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gỡ một nội dung khỏi Cổng thông tin */
    post: operations['withdrawPortalPublication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Đánh giá của người dân gửi đến đơn vị */
    get: operations['listPortalRatings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/satisfaction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Chỉ số hài lòng của đơn vị trong kỳ (báo cáo 1432 mục III.5) */
    get: operations['getPortalSatisfaction'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Câu trả lời kiến nghị, phản ánh đã công bố, theo đơn vị và lĩnh vực */
    get: operations['listPublicAnswers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/answers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một câu trả lời đã công bố */
    get: operations['getPublicAnswer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/challenge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thử thách chống tự động (ALTCHA, bằng chứng công việc) cho lần gửi tiếp theo */
    get: operations['getPortalChallenge'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tra cứu tiến độ xử lý hồ sơ bằng mã tra cứu
     * @description Mã sai và hồ sơ không tồn tại có cùng một câu trả lời 404; nhập sai nhiều lần bị tạm khóa theo địa chỉ mạng.
     */
    post: operations['lookupPortalCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/lookup/rating': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đánh giá mức độ hài lòng về kết quả giải quyết hồ sơ đã kết thúc (bằng mã tra cứu) */
    post: operations['ratePortalCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/portal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Trang chủ Cổng thông tin: các chuyên mục và chỉ số hài lòng chung */
    get: operations['getPortalHome'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đánh giá buổi tiếp công dân hoặc sự phục vụ của cơ quan, đơn vị */
    post: operations['ratePortalService'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/schedules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lịch tiếp công dân sắp tới, tìm theo đơn vị, địa điểm (không cần dấu) */
    get: operations['listPublicSchedules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/sections/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nội dung công khai của một chuyên mục */
    get: operations['listPortalSectionItems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/sections/{key}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một nội dung công khai của chuyên mục */
    get: operations['getPortalSectionItem'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/submissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Gửi đơn thư, phản ánh, kiến nghị; nhận mã tra cứu (chỉ hiển thị một lần)
     * @description Cần một thử thách ALTCHA đã giải (trường altcha) và sự đồng ý xử lý dữ liệu cá nhân theo Luật 91/2025/QH15. Giới hạn số lần gửi theo địa chỉ mạng và theo số điện thoại, thư điện tử.
     */
    post: operations['submitPortalPetition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/submissions/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Gửi kèm tệp cho đơn vừa gửi (multipart: code, file)
     * @description Trường văn bản code (mã tra cứu) rồi tệp file; trong thời hạn gửi kèm sau khi gửi đơn, tối đa số tệp cho phép; kiểm tra loại và dung lượng như tệp của cán bộ.
     */
    post: operations['attachPortalFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/terms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nội dung đồng ý xử lý dữ liệu cá nhân, những gì được công khai, loại đơn, lĩnh vực, tệp */
    get: operations['getPortalTerms'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cơ quan, đơn vị nhận đơn thư, phản ánh (tìm không cần dấu) */
    get: operations['listPublicUnits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reception/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Người đứng đầu tiếp công dân so với số ngày tối thiểu theo luật, theo tháng và cả kỳ */
    get: operations['getReceptionCompliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reception/schedules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách lịch tiếp công dân */
    get: operations['listReceptionSchedules'];
    put?: never;
    /** Thêm lịch tiếp công dân */
    post: operations['createReceptionSchedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reception/schedules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một lịch tiếp công dân */
    get: operations['getReceptionSchedule'];
    put?: never;
    post?: never;
    /** Xóa lịch tiếp công dân */
    delete: operations['deleteReceptionSchedule'];
    options?: never;
    head?: never;
    /** Sửa lịch tiếp công dân */
    patch: operations['updateReceptionSchedule'];
    trace?: never;
  };
  '/api/v1/reception/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các buổi tiếp công dân theo lịch trong một khoảng ngày */
    get: operations['listReceptionSessions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reception/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sổ tiếp công dân */
    get: operations['listReceptionVisits'];
    put?: never;
    /** Ghi một lượt tiếp công dân vào sổ */
    post: operations['createReceptionVisit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reception/visits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một lượt tiếp công dân */
    get: operations['getReceptionVisit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa một lượt tiếp công dân (theo phiên bản đã xem) */
    patch: operations['updateReceptionVisit'];
    trace?: never;
  };
  '/api/v1/reception/visits/{id}/conclusion.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thông báo kết luận buổi tiếp công dân (.docx, thể thức Nghị định 30/2020/NĐ-CP) */
    get: operations['downloadReceptionConclusion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reception/visits/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất sổ tiếp công dân ra Excel */
    get: operations['exportReceptionVisits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/periods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các kỳ báo cáo trong phạm vi */
    get: operations['listPeriods'];
    put?: never;
    /** Tạo kỳ báo cáo: loại, năm, thời gian, ngày chốt số liệu, hạn nộp từng cấp, đơn vị phải báo cáo */
    post: operations['createPeriod'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/periods/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một kỳ báo cáo */
    get: operations['getPeriod'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa kỳ báo cáo (tên, ngày chốt, hạn nộp, đơn vị phải báo cáo, đóng/mở) */
    patch: operations['updatePeriod'];
    trace?: never;
  };
  '/api/v1/reporting/periods/{id}/compilation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tổng hợp báo cáo của tỉnh: số liệu và nội dung các đơn vị theo từng mục */
    get: operations['getCompilation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/periods/{id}/compile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lập (hoặc cập nhật) báo cáo của tỉnh từ báo cáo các đơn vị */
    post: operations['compileProvinceReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/periods/{id}/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bảng theo dõi kỳ báo cáo: tỷ lệ đầy đủ, đúng hạn, chỉ tiêu chính, so với kỳ trước */
    get: operations['getPeriodDashboard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/periods/{id}/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất bảng chỉ tiêu của các đơn vị trong kỳ ra .xlsx */
    get: operations['exportPeriod'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/periods/{id}/remind': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Nhắc các đơn vị chưa nộp báo cáo của kỳ (mỗi đơn vị một lần trong ngày) */
    post: operations['remindLateUnits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/periods/{id}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tình hình báo cáo của các đơn vị phải báo cáo (dưới một đơn vị) */
    get: operations['listPeriodReports'];
    put?: never;
    /** Lập (mở) báo cáo của đơn vị trong kỳ, số liệu hệ thống điền sẵn */
    post: operations['openReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/periods/{id}/rollup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tổng hợp số liệu của một đơn vị và cấp dưới trong kỳ */
    get: operations['getRollup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/periods/{id}/rollup/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Chi tiết một chỉ tiêu theo từng đơn vị */
    get: operations['getRollupDrilldown'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các số liệu hệ thống tự tính (để gắn vào chỉ tiêu) */
    get: operations['listFigureProviders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một báo cáo: nội dung, số liệu và nguồn, lỗi kiểm tra, lịch sử */
    get: operations['getReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Lưu báo cáo (nội dung, số liệu); trả về các cảnh báo */
    patch: operations['saveReport'];
    trace?: never;
  };
  '/api/v1/reporting/reports/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tiếp nhận báo cáo (khóa số liệu) */
    post: operations['acceptReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/reports/{id}/export.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải báo cáo .docx theo thể thức Nghị định 30/2020/NĐ-CP */
    get: operations['downloadReportDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/reports/{id}/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải bảng chỉ tiêu của báo cáo .xlsx */
    get: operations['exportReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/reports/{id}/recompute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tính lại các số liệu hệ thống cung cấp */
    post: operations['recomputeReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/reports/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mở lại báo cáo đã tiếp nhận, nêu lý do */
    post: operations['reopenReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/reports/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Trả lại báo cáo kèm ý kiến theo từng mục */
    post: operations['returnReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/reports/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gửi (gửi lại) báo cáo lên cấp trên */
    post: operations['submitReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách đề cương báo cáo (phiên bản mới nhất, hoặc tất cả với all=true) */
    get: operations['listTemplates'];
    put?: never;
    /** Tạo đề cương báo cáo của đơn vị */
    post: operations['createTemplate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reporting/templates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một đề cương: các mục, chỉ tiêu, quy tắc kiểm tra, các phiên bản */
    get: operations['getTemplate'];
    /** Sửa đề cương; đề cương đang được dùng thì tạo phiên bản mới */
    put: operations['updateTemplate'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách bản chấm điểm của các đơn vị */
    get: operations['listScoringAssessments'];
    put?: never;
    /** Mở bản tự chấm của đơn vị (điểm đề xuất từ số liệu) */
    post: operations['openScoringAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/assessments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xem bản chấm điểm */
    get: operations['getScoringAssessment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/assessments/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ý kiến của Ban Dân vận về bản chấm điểm */
    post: operations['commentScoringAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/assessments/{id}/decide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kết luận điểm, xếp loại của đơn vị */
    post: operations['decideScoringAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/assessments/{id}/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất bản tự chấm và kết quả thẩm định ra tệp .xlsx */
    get: operations['exportScoringAssessment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/assessments/{id}/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Tự chấm một tiêu chí (điểm, lý do, tài liệu kiểm chứng) */
    patch: operations['selfScoreScoringItem'];
    trace?: never;
  };
  '/api/v1/scoring/assessments/{id}/items/{itemId}/appraisal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Thẩm định một tiêu chí (điểm thẩm định, nhận xét) */
    patch: operations['appraiseScoringItem'];
    trace?: never;
  };
  '/api/v1/scoring/assessments/{id}/items/{itemId}/explanation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Giải trình một tiêu chí */
    patch: operations['explainScoringItem'];
    trace?: never;
  };
  '/api/v1/scoring/assessments/{id}/propose': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cập nhật điểm đề xuất từ số liệu */
    post: operations['proposeScoringAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/assessments/{id}/send-appraisal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gửi kết quả thẩm định cho đơn vị (mở thời hạn giải trình) */
    post: operations['sendScoringAppraisal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/assessments/{id}/send-explanation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gửi giải trình của đơn vị */
    post: operations['sendScoringExplanation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/assessments/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gửi bản tự chấm */
    post: operations['submitScoringAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/band-schemes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các thang xếp loại (mức điểm, điều kiện, tỷ lệ khống chế) */
    get: operations['listScoringBandSchemes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/proposers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các số liệu đề xuất điểm từ dữ liệu của hệ thống */
    get: operations['listScoringProposers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách đợt chấm điểm */
    get: operations['listScoringRounds'];
    put?: never;
    /** Mở đợt chấm điểm năm (ban hành bộ tiêu chí cho các khối đơn vị) */
    post: operations['createScoringRound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/rounds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xem đợt chấm điểm */
    get: operations['getScoringRound'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa đợt chấm điểm (hạn gửi, thời hạn giải trình, quyết định) */
    patch: operations['updateScoringRound'];
    trace?: never;
  };
  '/api/v1/scoring/rounds/{id}/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tình hình tự chấm của các đơn vị (đơn vị chưa gửi) */
    get: operations['getScoringCompliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/rounds/{id}/decision.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải quyết định công nhận kết quả đánh giá, xếp loại (.docx, Nghị định 30/2020/NĐ-CP) */
    get: operations['downloadScoringDecision'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/rounds/{id}/open': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mở đợt chấm điểm: ban hành bộ tiêu chí cho các đơn vị */
    post: operations['openScoringRound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/rounds/{id}/propose': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đề xuất điểm từ số liệu cho mọi bản tự chấm đang soạn của đợt */
    post: operations['proposeScoringRound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/rounds/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Công bố kết quả đánh giá, xếp loại */
    post: operations['publishScoringRound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/rounds/{id}/ranking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Kết quả xếp loại, xếp hạng trong từng khối */
    get: operations['getScoringRanking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/rounds/{id}/ranking.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất bảng xếp hạng theo khối ra tệp .xlsx */
    get: operations['exportScoringRanking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/sets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách bộ tiêu chí chấm điểm */
    get: operations['listScoringSets'];
    put?: never;
    /** Tạo bộ tiêu chí (dự thảo) */
    post: operations['createScoringSet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring/sets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xem bộ tiêu chí */
    get: operations['getScoringSet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa bộ tiêu chí (bộ đã dùng: tạo phiên bản mới) */
    patch: operations['updateScoringSet'];
    trace?: never;
  };
  '/api/v1/scoring/sets/{id}/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ban hành bộ tiêu chí */
    post: operations['issueScoringSet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/situations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sổ theo dõi tình hình Nhân dân (lọc theo lĩnh vực, mức độ, tình trạng, đơn vị, khoảng ngày) */
    get: operations['listSituations'];
    put?: never;
    /** Ghi nhận tình hình */
    post: operations['createSituation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/situations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một tình hình và các việc cần làm */
    get: operations['getSituation'];
    put?: never;
    post?: never;
    /** Xóa tình hình */
    delete: operations['deleteSituation'];
    options?: never;
    head?: never;
    /** Sửa tình hình, chuyển tình trạng (theo phiên bản) */
    patch: operations['updateSituation'];
    trace?: never;
  };
  '/api/v1/situations/{id}/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Thêm việc cần làm */
    post: operations['createSituationFollowUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/situations/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất sổ theo dõi tình hình ra .xlsx */
    get: operations['exportSituations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/situations/follow-ups/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Xóa việc cần làm */
    delete: operations['deleteSituationFollowUp'];
    options?: never;
    head?: never;
    /** Cập nhật việc cần làm (theo phiên bản) */
    patch: operations['updateSituationFollowUp'];
    trace?: never;
  };
  '/api/v1/training/courses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách hội nghị, lớp tập huấn, bồi dưỡng về công tác dân vận */
    get: operations['listTrainingCourses'];
    put?: never;
    /** Ghi nhận hội nghị, lớp tập huấn, bồi dưỡng */
    post: operations['createTrainingCourse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/courses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xem lớp tập huấn: nội dung, người tham dự theo đơn vị và danh sách */
    get: operations['getTrainingCourse'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa thông tin lớp tập huấn */
    patch: operations['updateTrainingCourse'];
    trace?: never;
  };
  '/api/v1/training/courses/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Cập nhật người tham dự: số người theo đơn vị và danh sách họ tên */
    put: operations['setTrainingAttendance'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/courses/{id}/attendance/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Nhập danh sách tham dự từ .xlsx/.csv (mode=preview: xem trước từng dòng, không ghi; mode=commit: nhập tất cả hoặc không dòng nào) */
    post: operations['importTrainingAttendance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/courses/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất danh sách lớp tập huấn (kèm số người tham dự theo đơn vị) ra tệp .xlsx */
    get: operations['exportTrainingCourses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Số liệu tập huấn theo đơn vị trong năm: số lớp, số lượt tham dự, tỷ lệ CBCCVC được tập huấn */
    get: operations['readTrainingFigures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/figures/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xuất số liệu tập huấn theo đơn vị ra tệp .xlsx */
    get: operations['exportTrainingFigures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/headcounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Số cán bộ, công chức, viên chức của đơn vị theo năm (để tính tỷ lệ được tập huấn) */
    get: operations['listTrainingHeadcounts'];
    /** Nhập số cán bộ, công chức, viên chức của đơn vị trong năm */
    put: operations['setTrainingHeadcount'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách người dùng trong phạm vi */
    get: operations['listUsers'];
    put?: never;
    /** Tạo người dùng (kèm vai trò ban đầu) */
    post: operations['createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một người dùng */
    get: operations['getUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa, vô hiệu hóa người dùng */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/api/v1/users/{id}/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Giao vai trò tại một đơn vị */
    post: operations['addUserAssignment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/assignments/{assignmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Thu hồi vai trò */
    delete: operations['removeUserAssignment'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đặt lại mật khẩu */
    post: operations['resetUserPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vault/{kind}/{ownerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Trạng thái bảo vệ danh tính người tố cáo của một hồ sơ (không bao giờ kèm danh tính) */
    get: operations['getProtectedIdentityState'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vault/{kind}/{ownerId}/reveal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Xem danh tính người tố cáo (chỉ người được giao giải quyết; ghi lý do vào nhật ký) */
    post: operations['revealProtectedIdentity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vault/{kind}/{ownerId}/scans/{scanId}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tải bản quét chữ ký, chữ viết của người tố cáo (cùng quy tắc như xem danh tính; ghi lý do) */
    post: operations['downloadProtectedScan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Máy chủ đang chạy (liveness) */
    get: operations['checkHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Máy chủ sẵn sàng phục vụ: cơ sở dữ liệu trả lời trong 3 giây (readiness) */
    get: operations['checkReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Assignment: {
      id: number;
      includeSubtree: boolean;
      /** @enum {string} */
      role:
        | 'admin'
        | 'coordinator'
        | 'party_supervisor'
        | 'unit_head'
        | 'focal_officer'
        | 'reception_officer'
        | 'denunciation_handler'
        | 'inspector'
        | 'front'
        | 'council_office';
      unitId: number;
      unitName: string;
    };
    AuditView: {
      action: string;
      actionLabel: string;
      actorId: number | null;
      actorLabel: string;
      actorName: string | null;
      after: unknown;
      at: string;
      atText: string;
      before: unknown;
      changes: {
        after: string | null;
        before: string | null;
        field: string;
        /** @enum {string} */
        kind: 'added' | 'removed' | 'changed';
        label: string;
      }[];
      entity: string;
      entityId: string | null;
      entityLabel: string;
      id: number;
      ip: string | null;
      link: string | null;
      /** @enum {string} */
      mode: 'created' | 'removed' | 'changed';
      recordLabel: string;
      requestId: string | null;
      summary: string;
      unitId: number | null;
      unitName: string | null;
    };
    Compilation: {
      can: {
        compile: boolean;
      };
      period: components['schemas']['Period'];
      report: {
        id: number;
        /** @enum {string} */
        status: 'draft' | 'submitted' | 'returned' | 'accepted';
      } | null;
      rollup: components['schemas']['Rollup'];
      sections: {
        code: string;
        depth: number;
        hasNarrative: boolean;
        narratives: {
          /** @enum {string} */
          status: 'draft' | 'submitted' | 'returned' | 'accepted';
          text: string;
          unitId: number;
          unitName: string;
        }[];
        number: string;
        title: string;
      }[];
    };
    Dashboard: {
      byGroup: {
        accepted: number;
        completeness: number | null;
        expected: number;
        group: string;
        groupName: string;
        late: number;
        missing: number;
        onTime: number;
        pending: number;
        submitted: number;
        timeliness: number | null;
      }[];
      keyIndicators: {
        byGroup: {
          group: string;
          groupName: string;
          value: number | null;
        }[];
        change: number | null;
        code: string;
        name: string;
        previous: number | null;
        unit: string;
        value: number | null;
      }[];
      late: {
        groups: string[];
        submittedAt: string;
        unitId: number;
        unitName: string;
      }[];
      missing: {
        groups: string[];
        unitId: number;
        unitName: string;
      }[];
      overall: {
        accepted: number;
        completeness: number | null;
        expected: number;
        late: number;
        missing: number;
        onTime: number;
        pending: number;
        submitted: number;
        timeliness: number | null;
      };
      period: components['schemas']['Period'];
      previousPeriod: {
        id: number;
        name: string;
      } | null;
      provinceLevel: {
        deadline: string | null;
        status: ('draft' | 'submitted' | 'returned' | 'accepted') | 'not_started';
        timeliness: string;
      } | null;
      unitId: number;
      unitName: string;
    };
    DeploymentMeta: {
      /** @enum {string} */
      database: 'pglite' | 'postgres';
      demo: boolean;
      version: string;
    };
    DocRef: {
      id: number;
      issuedOn: string;
      kind: string;
      numberSymbol: string;
      title: string;
    };
    DrilldownRow: {
      countedUnder: string | null;
      reportId: number;
      source: ('entered' | 'computed' | 'override') | null;
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'returned' | 'accepted';
      unitId: number;
      unitName: string;
      value: number | null;
    };
    FigureProvider: {
      key: string;
      label: string;
    };
    FileMeta: {
      entity: string;
      entityId: string;
      id: number;
      mime: string;
      originalName: string;
      sha256: string;
      size: number;
      uploadedAt: string;
      uploadedBy: string | null;
    };
    GuidingDocument: {
      can: {
        [key: string]: boolean;
      };
      createdAt: string;
      id: number;
      isDemo: boolean;
      issuedOn: string;
      issuer: string;
      /** @enum {string} */
      kind:
        | 'nghi_quyet'
        | 'ket_luan'
        | 'chi_thi'
        | 'quyet_dinh'
        | 'quy_dinh'
        | 'ke_hoach'
        | 'cong_van'
        | 'chuong_trinh'
        | 'thong_bao'
        | 'huong_dan'
        | 'luat'
        | 'nghi_dinh'
        | 'thong_tu'
        | 'khac';
      numberSymbol: string;
      sharedWithSubunits: boolean;
      summary: string;
      title: string;
      unitId: number;
      unitName: string;
    };
    ImportPreview: {
      invalid: number;
      rows: {
        /** @enum {string} */
        action: 'create' | 'update' | 'skip';
        code: string;
        errors: string[];
        kind: string;
        name: string;
        parentCode: string | null;
        row: number;
      }[];
      valid: number;
    };
    ImportResult: {
      created: number;
      skipped: number;
      updated: number;
    };
    LeaderAssignment: {
      active: boolean;
      can: {
        [key: string]: boolean;
      };
      decisionDate: string;
      decisionIssuer: string;
      decisionNumber: string;
      fromDate: string;
      id: number;
      isDemo: boolean;
      leaderName: string;
      note: string;
      position: string;
      toDate: string | null;
      unitId: number;
      unitName: string;
    };
    LeaderCompliance: {
      asOf: string;
      rows: {
        decisionNumber: string | null;
        fromDate: string | null;
        kind: string;
        leaderName: string | null;
        position: string | null;
        unitCode: string;
        unitId: number;
        unitName: string;
      }[];
      total: number;
      withLeader: number;
      without: number;
    };
    Matrix: {
      page: number;
      pageSize: number;
      planId: number;
      tasks: {
        code: string;
        dueDate: string | null;
        id: number;
        /** @enum {string} */
        recurrence: 'none' | 'monthly' | 'quarterly' | 'six_monthly' | 'yearly';
        sectionNumber: string;
        summary: {
          done: number;
          inProgress: number;
          overdue: number;
          total: number;
        } | null;
        title: string;
      }[];
      today: string;
      totalUnits: number;
      units: {
        cells: {
          [key: string]: {
            assignmentId: number;
            /** @enum {string} */
            deadline: 'done_on_time' | 'done_late' | 'pending' | 'due_soon' | 'overdue' | 'cancelled';
            done: number;
            overdue: number;
            periodDue: string;
            progress: number;
            /** @enum {string} */
            status: 'not_started' | 'in_progress' | 'done' | 'cancelled';
            total: number;
          };
        };
        code: string;
        id: number;
        name: string;
      }[];
    };
    Me: {
      activeAssignmentId: number | null;
      activeUnit: {
        id: number;
        name: string;
      } | null;
      assignments: components['schemas']['Assignment'][];
      demo: boolean;
      fullName: string;
      id: number;
      permissions: string[];
      position: string | null;
      username: string;
    };
    Movement: {
      active: boolean;
      can: {
        [key: string]: boolean;
      };
      code: string;
      description: string;
      fields: string[];
      guidingDocuments: components['schemas']['DocRef'][];
      id: number;
      isDemo: boolean;
      /** @enum {string} */
      kind: 'phong_trao_thi_dua' | 'phong_trao' | 'cuoc_van_dong';
      name: string;
      requirements: string[];
      unitId: number;
      unitName: string;
    };
    MyTasks: {
      counts: {
        done: number;
        dueSoon: number;
        open: number;
        overdue: number;
      };
      items: components['schemas']['TaskAssignment'][];
      page: number;
      pageSize: number;
      total: number;
      unit: components['schemas']['UnitRef'];
    };
    Notification: {
      body: string;
      code: string | null;
      createdAt: string;
      id: number;
      kind: string;
      link: string | null;
      params: {
        [key: string]: string | number;
      } | null;
      readAt: string | null;
      title: string;
    };
    Ok: {
      /** @constant */
      ok: true;
    };
    OrgEvent: {
      createdAt: string;
      createdBy: number | null;
      decision: string | null;
      details: {
        [key: string]: unknown;
      };
      effectiveDate: string;
      id: number;
      /** @enum {string} */
      kind: 'created' | 'renamed' | 'moved' | 'deactivated' | 'merged' | 'split' | 'updated';
      relatedUnitIds: number[];
      unitId: number;
    };
    OrgGroup: {
      code: string;
      id: number;
      name: string;
    };
    OrgUnit: {
      active: boolean;
      adminCode: string | null;
      can?: {
        [key: string]: boolean;
      };
      childCount?: number;
      code: string;
      depth: number;
      groups: string[];
      id: number;
      isDemo: boolean;
      /** @enum {string} */
      kind:
        | 'nation'
        | 'ministry'
        | 'province'
        | 'department'
        | 'district'
        | 'commune'
        | 'public_service'
        | 'state_enterprise'
        | 'front'
        | 'mass_org'
        | 'party_mobilization'
        | 'council';
      name: string;
      parentId: number | null;
      parentName?: string | null;
      path: string;
      shortName: string | null;
      validFrom: string;
      validTo: string | null;
    };
    OrgUnitHistory: {
      events: components['schemas']['OrgEvent'][];
      names: {
        name: string;
        validFrom: string;
        validTo: string | null;
      }[];
      predecessors: {
        code: string;
        id: number;
        name: string;
        validTo: string | null;
      }[];
      successors: {
        code: string;
        id: number;
        name: string;
        validFrom: string;
      }[];
      unit: components['schemas']['OrgUnit'];
    };
    Period: {
      can: {
        compile: boolean;
        remind: boolean;
        review: boolean;
        update: boolean;
      };
      createdAt: string;
      cutoffDate: string;
      deadlines: {
        deadline: string;
        /** @enum {string} */
        level: 'unit' | 'province';
        remindDaysBefore: number;
      }[];
      fromDate: string;
      id: number;
      /** @enum {string} */
      kind: 'six_month' | 'nine_month' | 'annual' | 'quarterly' | 'thematic' | 'ad_hoc';
      kindName: string;
      name: string;
      quarter: number | null;
      requiredGroups: string[];
      requiredKinds: string[];
      rootUnitId: number;
      rootUnitName: string;
      /** @enum {string} */
      status: 'open' | 'closed';
      templateId: number;
      templateName: string;
      templateVersion: number;
      toDate: string;
      year: number;
    };
    Plan: {
      basis: string;
      can: {
        [key: string]: boolean;
      };
      closing: string;
      createdAt: string;
      guidingDocuments: components['schemas']['DocRef'][];
      id: number;
      isDemo: boolean;
      issuedAt: string | null;
      issuedByName: string | null;
      issuedOn: string | null;
      issueMissing: {
        message: string;
        path: string;
      }[];
      issuerName: string;
      issuerParent: string | null;
      movements: {
        id: number;
        name: string;
      }[];
      numberSymbol: string;
      parentPlanId: number | null;
      parentPlanTitle: string | null;
      place: string;
      purposes: string[];
      recipients: string[];
      requiredCount: number;
      requiredDue: string | null;
      requiredSelector: components['schemas']['UnitSelector'] | null;
      requirements: string[];
      sections: {
        /** @default  */
        body: string;
        number: string;
        title: string;
      }[];
      signerAuthority: string;
      signerName: string;
      signerPosition: string;
      /** @enum {string} */
      status: 'draft' | 'issued';
      taskCount: number;
      themeId: number | null;
      themeName: string | null;
      title: string;
      unitId: number;
      unitName: string;
      updatedAt: string;
      year: number;
    };
    PlanCompliance: {
      planId: number;
      requiredDue: string | null;
      rows: {
        daysLate: number;
        groups: string[];
        hasDraft: boolean;
        ownPlanId: number | null;
        ownPlanIssuedOn: string | null;
        ownPlanNumberSymbol: string | null;
        /** @enum {string} */
        status: 'issued' | 'late' | 'missing' | 'pending';
        unitCode: string;
        unitId: number;
        unitName: string;
      }[];
      summary: {
        issued: number;
        issuedRate: number | null;
        late: number;
        missing: number;
        pending: number;
        total: number;
      };
      today: string;
    };
    PlanRequirementOfUnit: {
      ownPlanId: number | null;
      ownPlanIssuedOn: string | null;
      ownPlanStatus: ('draft' | 'issued') | null;
      planId: number;
      planNumberSymbol: string;
      planTitle: string;
      planUnitName: string;
      requiredDue: string;
      /** @enum {string} */
      status: 'issued' | 'late' | 'missing' | 'pending';
    };
    PlanSummary: {
      can: {
        [key: string]: boolean;
      };
      id: number;
      isDemo: boolean;
      issuedOn: string | null;
      numberSymbol: string;
      parentPlanId: number | null;
      parentPlanTitle: string | null;
      requiredCount: number;
      requiredDue: string | null;
      /** @enum {string} */
      status: 'draft' | 'issued';
      taskCount: number;
      title: string;
      unitId: number;
      unitName: string;
      updatedAt: string;
      year: number;
    };
    /** @description Lỗi theo RFC 9457 (application/problem+json): `code` ổn định để máy đọc, `detail` bằng tiếng Việt, `errors` theo từng trường. */
    Problem: {
      code: string;
      detail?: string;
      errors?: {
        label?: string;
        message: string;
        path: string;
      }[];
      params?: {
        [key: string]: string | number;
      };
      requestId?: string;
      status: number;
      title: string;
      type: string;
    };
    RemindLateUnitsResult: {
      reminded: number;
      units: {
        id: number;
        name: string;
      }[];
    };
    Report: {
      acceptedAt: string | null;
      can: {
        accept: boolean;
        attach: boolean;
        compile: boolean;
        edit: boolean;
        recompute: boolean;
        reopen: boolean;
        return: boolean;
        submit: boolean;
      };
      computedAt: string | null;
      deadline: string | null;
      history: {
        action: string;
        actorName: string;
        at: string;
        comment: string | null;
        fromStatus: string | null;
        id: number;
        sectionComments: {
          [key: string]: string;
        } | null;
        toStatus: string | null;
      }[];
      id: number;
      /** @enum {string} */
      level: 'unit' | 'province';
      narratives: {
        [key: string]: string;
      };
      period: components['schemas']['Period'];
      periodId: number;
      reviewComments: {
        general: string | null;
        sections: {
          [key: string]: string;
        };
      } | null;
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'returned' | 'accepted';
      submittedAt: string | null;
      synthesis: {
        compiledAt: string;
        includeSubmitted: boolean;
        overview: {
          paragraphs: string[];
          tables: {
            columns: string[];
            rows: (string | number | null)[][];
            title: string;
          }[];
        };
        sections: {
          code: string;
          paragraphs: string[];
          tables: {
            columns: string[];
            rows: (string | number | null)[][];
            title: string;
          }[];
        }[];
      } | null;
      template: components['schemas']['TemplateDetail'];
      unitCode: string;
      unitId: number;
      unitName: string;
      values: {
        code: string;
        computedValue: number | null;
        indicatorId: number;
        origin: string | null;
        originLabel: string | null;
        overrideReason: string | null;
        /** @enum {string} */
        source: 'entered' | 'computed' | 'override';
        value: number | null;
      }[];
      version: number;
      violations: {
        code: string;
        message: string;
        /** @enum {string} */
        severity: 'error' | 'warning';
      }[];
    };
    ReportRef: {
      acceptedAt: string | null;
      can: {
        open: boolean;
      };
      groups: string[];
      reportId: number | null;
      status: ('draft' | 'submitted' | 'returned' | 'accepted') | 'not_started';
      submittedAt: string | null;
      /** @enum {string} */
      timeliness: 'on_time' | 'late' | 'missing' | 'not_due';
      unitCode: string;
      unitId: number;
      unitKind: string;
      unitName: string;
    };
    Rollup: {
      includeSubmitted: boolean;
      indicators: {
        aggregation: string;
        code: string;
        indicatorId: number;
        name: string;
        reports: number;
        sectionCode: string;
        unit: string;
        value: number | null;
      }[];
      periodId: number;
      reportsCounted: number;
      unitId: number;
      unitName: string;
    };
    SaveResult: {
      report: components['schemas']['Report'];
      warnings: {
        code: string;
        message: string;
        /** @enum {string} */
        severity: 'error' | 'warning';
      }[];
    };
    Task: {
      assignTo: components['schemas']['UnitSelector'];
      can: {
        [key: string]: boolean;
      };
      code: string;
      coordinatingUnits: components['schemas']['UnitRef'][];
      createdAt: string;
      description: string;
      dueDate: string | null;
      expectedProduct: string;
      guidingDocuments: components['schemas']['DocRef'][];
      id: number;
      leadUnit: components['schemas']['UnitRef'] | null;
      planId: number;
      planTitle: string;
      progress: {
        done: number;
        inProgress: number;
        overdue: number;
        total: number;
      };
      /** @enum {string} */
      recurrence: 'none' | 'monthly' | 'quarterly' | 'six_monthly' | 'yearly';
      sectionNumber: string;
      /** @enum {string} */
      status: 'draft' | 'assigned' | 'cancelled';
      title: string;
      unitId: number;
    };
    TaskAssignment: {
      can: {
        [key: string]: boolean;
      };
      completedOn: string | null;
      daysRemaining: number | null;
      /** @enum {string} */
      deadline: 'done_on_time' | 'done_late' | 'pending' | 'due_soon' | 'overdue' | 'cancelled';
      expectedProduct: string;
      fileCount: number;
      id: number;
      note: string;
      periodDue: string;
      periodLabel: string;
      planId: number;
      planNumberSymbol: string;
      planTitle: string;
      progress: number;
      /** @enum {string} */
      recurrence: 'none' | 'monthly' | 'quarterly' | 'six_monthly' | 'yearly';
      /** @enum {string} */
      status: 'not_started' | 'in_progress' | 'done' | 'cancelled';
      taskCode: string;
      taskId: number;
      taskTitle: string;
      unitId: number;
      unitName: string;
      updatedAt: string;
      updatedByName: string | null;
    };
    TaskAssignmentDetail: {
      can: {
        [key: string]: boolean;
      };
      completedOn: string | null;
      daysRemaining: number | null;
      /** @enum {string} */
      deadline: 'done_on_time' | 'done_late' | 'pending' | 'due_soon' | 'overdue' | 'cancelled';
      expectedProduct: string;
      fileCount: number;
      guidingDocuments: components['schemas']['DocRef'][];
      history: {
        action: string;
        actorName: string | null;
        after: unknown;
        at: string;
      }[];
      id: number;
      leadUnit: components['schemas']['UnitRef'] | null;
      note: string;
      periodDue: string;
      periodLabel: string;
      planId: number;
      planNumberSymbol: string;
      planTitle: string;
      progress: number;
      /** @enum {string} */
      recurrence: 'none' | 'monthly' | 'quarterly' | 'six_monthly' | 'yearly';
      /** @enum {string} */
      status: 'not_started' | 'in_progress' | 'done' | 'cancelled';
      taskCode: string;
      taskDescription: string;
      taskId: number;
      taskTitle: string;
      unitId: number;
      unitName: string;
      updatedAt: string;
      updatedByName: string | null;
    };
    TaskImportPreview: {
      invalid: number;
      rows: {
        assignees: number;
        code: string;
        errors: string[];
        row: number;
        title: string;
      }[];
      valid: number;
    };
    TaskImportResult: {
      created: number;
    };
    TemplateDetail: {
      builtin: boolean;
      can: {
        edit: boolean;
      };
      code: string;
      createdAt: string;
      description: string;
      frozen: boolean;
      id: number;
      indicatorCount: number;
      indicators: {
        /** @enum {string} */
        aggregation: 'sum' | 'avg' | 'min' | 'max' | 'last' | 'ratio';
        code: string;
        definition: string | null;
        denominator: string | null;
        id: number;
        max: number | null;
        min: number | null;
        name: string;
        numerator: string | null;
        providerKey: string | null;
        providerLabel: string | null;
        sectionCode: string;
        /** @enum {string} */
        type: 'integer' | 'decimal' | 'percent';
        unit: string;
      }[];
      latest: boolean;
      legalBasis: string;
      name: string;
      ownerUnitId: number | null;
      ownerUnitName: string | null;
      ruleCount: number;
      rules: {
        code: string;
        expression: string;
        message: string;
        /** @enum {string} */
        severity: 'error' | 'warning';
      }[];
      sectionCount: number;
      sections: components['schemas']['TemplateSectionView'][];
      version: number;
      versions: {
        createdAt: string;
        frozen: boolean;
        id: number;
        version: number;
      }[];
    };
    /** @description Một mục của đề cương báo cáo gửi lên, với các mục con (đệ quy). */
    TemplateSectionInput: {
      /** @default [] */
      children: components['schemas']['TemplateSectionInput'][];
      code: string;
      /** @default  */
      guidance: string;
      /** @default true */
      hasNarrative: boolean;
      number: string;
      title: string;
    };
    /** @description Một mục của đề cương báo cáo, với các mục con (đệ quy). */
    TemplateSectionView: {
      children: components['schemas']['TemplateSectionView'][];
      code: string;
      guidance: string;
      hasNarrative: boolean;
      number: string;
      title: string;
    };
    TemplateSummary: {
      builtin: boolean;
      can: {
        edit: boolean;
      };
      code: string;
      createdAt: string;
      frozen: boolean;
      id: number;
      indicatorCount: number;
      latest: boolean;
      name: string;
      ownerUnitId: number | null;
      ownerUnitName: string | null;
      ruleCount: number;
      sectionCount: number;
      version: number;
    };
    UnitRef: {
      code: string;
      id: number;
      name: string;
    };
    UnitSelector: {
      groups: string[];
      kinds: (
        | 'nation'
        | 'ministry'
        | 'province'
        | 'department'
        | 'district'
        | 'commune'
        | 'public_service'
        | 'state_enterprise'
        | 'front'
        | 'mass_org'
        | 'party_mobilization'
        | 'council'
      )[];
      unitIds: number[];
    };
    UnreadCount: {
      unread: number;
    };
    User: {
      active: boolean;
      assignments: components['schemas']['Assignment'][];
      can?: {
        [key: string]: boolean;
      };
      email: string | null;
      fullName: string;
      id: number;
      isDemo: boolean;
      lastLoginAt: string | null;
      lockedUntil: string | null;
      position: string | null;
      username: string;
    };
    YearTheme: {
      can: {
        [key: string]: boolean;
      };
      contents: string[];
      description: string;
      guidingDocuments: components['schemas']['DocRef'][];
      id: number;
      isDemo: boolean;
      name: string;
      unitId: number;
      unitName: string;
      year: number;
    };
  };
  responses: {
    /** @description Dữ liệu không hợp lệ (validation_failed, import_invalid…): sửa dữ liệu theo `errors`. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Trạng thái của hồ sơ không cho phép lúc này (đã bị sửa, đã khóa, sai trạng thái). */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Không có quyền, hoặc yêu cầu đến từ nguồn không được phép. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Tài khoản tạm khóa do đăng nhập sai nhiều lần. */
    Locked: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Không tìm thấy, hoặc ngoài phạm vi được xem. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Tệp hoặc dữ liệu gửi lên vượt quá dung lượng cho phép. */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Lỗi hệ thống (500) hoặc cơ sở dữ liệu tạm thời không truy cập được (503). */
    ServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Quá nhiều yêu cầu, thử lại sau. */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Chưa đăng nhập hoặc phiên đã hết hạn. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Vi phạm quy tắc nghiệp vụ. */
    UnprocessableEntity: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Định dạng dữ liệu hoặc loại tệp không được chấp nhận. */
    UnsupportedMediaType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  moderateConsultationComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'publish' | 'reject' | 'hide';
          expectedVersion: number;
          /** @default  */
          reason?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            authorName: string;
            can: {
              moderate: boolean;
            };
            id: number;
            itemId: number | null;
            moderation: {
              actorName: string;
              at: string;
              decision: string;
              reason: string;
            }[];
            reports: number;
            sourceId: number;
            /** @enum {string} */
            state: 'pending' | 'published' | 'rejected' | 'hidden';
            submittedAt: string;
            text: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  answerCompliance: {
    parameters: {
      query?: {
        from?: string;
        kind?: 'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
        page?: number | string;
        pageSize?: number | string;
        to?: string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              answeredRate: number | null;
              late: number;
              on_time: number;
              onTimeRate: number | null;
              overdue: number;
              pending: number;
              total: number;
              unitId: number;
              unitName: string;
            }[];
            page: number;
            pageSize: number;
            summary: {
              answeredRate: number | null;
              late: number;
              on_time: number;
              onTimeRate: number | null;
              overdue: number;
              pending: number;
              total: number;
            };
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createConsultation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          closesOn: string;
          draftTitle: string;
          opensOn: string;
          /** @default  */
          summary?: string;
          title: string;
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            addressee: {
              id: number;
              name: string;
            } | null;
            can: {
              addItems: boolean;
              assign: boolean;
              hold: boolean;
              minutes: boolean;
              moderate: boolean;
              report: boolean;
              update: boolean;
            };
            consultation: {
              closesOn: string;
              comments: {
                hidden: number;
                pending: number;
                published: number;
                rejected: number;
              };
              draftTitle: string;
              isOpen: boolean;
              opensOn: string;
            } | null;
            council: {
              answerDue: string | null;
              sessionName: string;
              sessionOn: string;
              term: string;
            } | null;
            counts: {
              answered: number;
              answeredRate: number | null;
              assigned: number;
              overdue: number;
              resolved: number;
              total: number;
            };
            createdAt: string;
            dialogue: {
              chairName: string;
              conclusion: string;
              heldOn: string | null;
              issuesRaised: string;
              noticeOn: string | null;
              noticeText: string;
              participantCount: number | null;
              participantsText: string;
              place: string;
              scheduledOn: string;
              /** @enum {string} */
              state: 'scheduled' | 'held' | 'cancelled';
            } | null;
            documentNumber: string;
            front: {
              docType: ('plan' | 'conclusion') | null;
              draftSentOn: string | null;
              draftTitle: string;
              leadDays: number | null;
              leadDaysRequired: number | null;
              leadOk: boolean | null;
              leadRuleNeedsCheck: boolean;
              submissionOn: string | null;
            } | null;
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
            receivedOn: string;
            sourceItems: {
              answerCount: number;
              answerDocument: string;
              answeredOn: string | null;
              answerText: string;
              can: {
                answer: boolean;
                assign: boolean;
                close: boolean;
                decline: boolean;
                judge: boolean;
                publish: boolean;
                start: boolean;
              };
              closedOn: string | null;
              /** @enum {string} */
              compliance: 'on_time' | 'late' | 'overdue' | 'pending';
              coordinatingUnits: {
                id: number;
                name: string;
              }[];
              createdAt: string;
              declineReason: string;
              dueDate: string | null;
              dueRule: {
                basisText: string;
                code: string;
                limitText: string;
                name: string;
                needsCheck: boolean;
                version: number;
              } | null;
              /** @enum {string} */
              field:
                | 'dat_dai'
                | 'xay_dung_giao_thong'
                | 'moi_truong'
                | 'y_te'
                | 'giao_duc'
                | 'chinh_sach_xa_hoi'
                | 'kinh_te_nong_nghiep'
                | 'hanh_chinh_tu_phap'
                | 'an_ninh_trat_tu'
                | 'khac';
              firstAnsweredOn: string | null;
              id: number;
              isDemo: boolean;
              judgedOn: string | null;
              number: number;
              origin: string;
              ownerName: string;
              published: boolean;
              publishedAt: string | null;
              repeatOf: {
                itemId: number;
                similarity: number;
                sourceId: number;
                sourceTitle: string;
              } | null;
              responsibleUnit: {
                id: number;
                name: string;
              } | null;
              sourceId: number;
              /** @enum {string} */
              sourceKind:
                'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
              sourceTitle: string;
              sourceUnitId: number;
              sourceUnitName: string;
              /** @enum {string} */
              status:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
              text: string;
              updatedAt: string;
              verdict: ('satisfied' | 'not_satisfied') | null;
              verdictComment: string;
              version: number;
            }[];
            summary: string;
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listConsultationComments: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        state?: 'pending' | 'published' | 'rejected' | 'hidden';
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              authorName: string;
              can: {
                moderate: boolean;
              };
              id: number;
              itemId: number | null;
              moderation: {
                actorName: string;
                at: string;
                decision: string;
                reason: string;
              }[];
              reports: number;
              sourceId: number;
              /** @enum {string} */
              state: 'pending' | 'published' | 'rejected' | 'hidden';
              submittedAt: string;
              text: string;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  consultationReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createCouncilSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default null */
          answerDue?: string | null;
          /** @default  */
          documentNumber?: string;
          items?: {
            coordinatingUnitIds?: (number | string)[];
            /** @default null */
            dueDate?: string | null;
            /**
             * @default khac
             * @enum {string}
             */
            field?:
              | 'dat_dai'
              | 'xay_dung_giao_thong'
              | 'moi_truong'
              | 'y_te'
              | 'giao_duc'
              | 'chinh_sach_xa_hoi'
              | 'kinh_te_nong_nghiep'
              | 'hanh_chinh_tu_phap'
              | 'an_ninh_trat_tu'
              | 'khac';
            /** @default  */
            origin?: string;
            /** @default  */
            ownerName?: string;
            responsibleUnitId?: (number | string) | null;
            text: string;
          }[];
          sessionOn: string;
          /** @default  */
          summary?: string;
          /** @default  */
          term?: string;
          title: string;
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            addressee: {
              id: number;
              name: string;
            } | null;
            can: {
              addItems: boolean;
              assign: boolean;
              hold: boolean;
              minutes: boolean;
              moderate: boolean;
              report: boolean;
              update: boolean;
            };
            consultation: {
              closesOn: string;
              comments: {
                hidden: number;
                pending: number;
                published: number;
                rejected: number;
              };
              draftTitle: string;
              isOpen: boolean;
              opensOn: string;
            } | null;
            council: {
              answerDue: string | null;
              sessionName: string;
              sessionOn: string;
              term: string;
            } | null;
            counts: {
              answered: number;
              answeredRate: number | null;
              assigned: number;
              overdue: number;
              resolved: number;
              total: number;
            };
            createdAt: string;
            dialogue: {
              chairName: string;
              conclusion: string;
              heldOn: string | null;
              issuesRaised: string;
              noticeOn: string | null;
              noticeText: string;
              participantCount: number | null;
              participantsText: string;
              place: string;
              scheduledOn: string;
              /** @enum {string} */
              state: 'scheduled' | 'held' | 'cancelled';
            } | null;
            documentNumber: string;
            front: {
              docType: ('plan' | 'conclusion') | null;
              draftSentOn: string | null;
              draftTitle: string;
              leadDays: number | null;
              leadDaysRequired: number | null;
              leadOk: boolean | null;
              leadRuleNeedsCheck: boolean;
              submissionOn: string | null;
            } | null;
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
            receivedOn: string;
            sourceItems: {
              answerCount: number;
              answerDocument: string;
              answeredOn: string | null;
              answerText: string;
              can: {
                answer: boolean;
                assign: boolean;
                close: boolean;
                decline: boolean;
                judge: boolean;
                publish: boolean;
                start: boolean;
              };
              closedOn: string | null;
              /** @enum {string} */
              compliance: 'on_time' | 'late' | 'overdue' | 'pending';
              coordinatingUnits: {
                id: number;
                name: string;
              }[];
              createdAt: string;
              declineReason: string;
              dueDate: string | null;
              dueRule: {
                basisText: string;
                code: string;
                limitText: string;
                name: string;
                needsCheck: boolean;
                version: number;
              } | null;
              /** @enum {string} */
              field:
                | 'dat_dai'
                | 'xay_dung_giao_thong'
                | 'moi_truong'
                | 'y_te'
                | 'giao_duc'
                | 'chinh_sach_xa_hoi'
                | 'kinh_te_nong_nghiep'
                | 'hanh_chinh_tu_phap'
                | 'an_ninh_trat_tu'
                | 'khac';
              firstAnsweredOn: string | null;
              id: number;
              isDemo: boolean;
              judgedOn: string | null;
              number: number;
              origin: string;
              ownerName: string;
              published: boolean;
              publishedAt: string | null;
              repeatOf: {
                itemId: number;
                similarity: number;
                sourceId: number;
                sourceTitle: string;
              } | null;
              responsibleUnit: {
                id: number;
                name: string;
              } | null;
              sourceId: number;
              /** @enum {string} */
              sourceKind:
                'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
              sourceTitle: string;
              sourceUnitId: number;
              sourceUnitName: string;
              /** @enum {string} */
              status:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
              text: string;
              updatedAt: string;
              verdict: ('satisfied' | 'not_satisfied') | null;
              verdictComment: string;
              version: number;
            }[];
            summary: string;
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  createDialogue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          chairName: string;
          /** @default null */
          noticeOn?: string | null;
          /** @default  */
          noticeText?: string;
          /** @default  */
          participantsText?: string;
          place: string;
          scheduledOn: string;
          title: string;
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            addressee: {
              id: number;
              name: string;
            } | null;
            can: {
              addItems: boolean;
              assign: boolean;
              hold: boolean;
              minutes: boolean;
              moderate: boolean;
              report: boolean;
              update: boolean;
            };
            consultation: {
              closesOn: string;
              comments: {
                hidden: number;
                pending: number;
                published: number;
                rejected: number;
              };
              draftTitle: string;
              isOpen: boolean;
              opensOn: string;
            } | null;
            council: {
              answerDue: string | null;
              sessionName: string;
              sessionOn: string;
              term: string;
            } | null;
            counts: {
              answered: number;
              answeredRate: number | null;
              assigned: number;
              overdue: number;
              resolved: number;
              total: number;
            };
            createdAt: string;
            dialogue: {
              chairName: string;
              conclusion: string;
              heldOn: string | null;
              issuesRaised: string;
              noticeOn: string | null;
              noticeText: string;
              participantCount: number | null;
              participantsText: string;
              place: string;
              scheduledOn: string;
              /** @enum {string} */
              state: 'scheduled' | 'held' | 'cancelled';
            } | null;
            documentNumber: string;
            front: {
              docType: ('plan' | 'conclusion') | null;
              draftSentOn: string | null;
              draftTitle: string;
              leadDays: number | null;
              leadDaysRequired: number | null;
              leadOk: boolean | null;
              leadRuleNeedsCheck: boolean;
              submissionOn: string | null;
            } | null;
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
            receivedOn: string;
            sourceItems: {
              answerCount: number;
              answerDocument: string;
              answeredOn: string | null;
              answerText: string;
              can: {
                answer: boolean;
                assign: boolean;
                close: boolean;
                decline: boolean;
                judge: boolean;
                publish: boolean;
                start: boolean;
              };
              closedOn: string | null;
              /** @enum {string} */
              compliance: 'on_time' | 'late' | 'overdue' | 'pending';
              coordinatingUnits: {
                id: number;
                name: string;
              }[];
              createdAt: string;
              declineReason: string;
              dueDate: string | null;
              dueRule: {
                basisText: string;
                code: string;
                limitText: string;
                name: string;
                needsCheck: boolean;
                version: number;
              } | null;
              /** @enum {string} */
              field:
                | 'dat_dai'
                | 'xay_dung_giao_thong'
                | 'moi_truong'
                | 'y_te'
                | 'giao_duc'
                | 'chinh_sach_xa_hoi'
                | 'kinh_te_nong_nghiep'
                | 'hanh_chinh_tu_phap'
                | 'an_ninh_trat_tu'
                | 'khac';
              firstAnsweredOn: string | null;
              id: number;
              isDemo: boolean;
              judgedOn: string | null;
              number: number;
              origin: string;
              ownerName: string;
              published: boolean;
              publishedAt: string | null;
              repeatOf: {
                itemId: number;
                similarity: number;
                sourceId: number;
                sourceTitle: string;
              } | null;
              responsibleUnit: {
                id: number;
                name: string;
              } | null;
              sourceId: number;
              /** @enum {string} */
              sourceKind:
                'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
              sourceTitle: string;
              sourceUnitId: number;
              sourceUnitName: string;
              /** @enum {string} */
              status:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
              text: string;
              updatedAt: string;
              verdict: ('satisfied' | 'not_satisfied') | null;
              verdictComment: string;
              version: number;
            }[];
            summary: string;
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  holdDialogue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          commitments?: {
            coordinatingUnitIds?: (number | string)[];
            /** @default null */
            dueDate?: string | null;
            /**
             * @default khac
             * @enum {string}
             */
            field?:
              | 'dat_dai'
              | 'xay_dung_giao_thong'
              | 'moi_truong'
              | 'y_te'
              | 'giao_duc'
              | 'chinh_sach_xa_hoi'
              | 'kinh_te_nong_nghiep'
              | 'hanh_chinh_tu_phap'
              | 'an_ninh_trat_tu'
              | 'khac';
            /** @default  */
            origin?: string;
            /** @default  */
            ownerName?: string;
            responsibleUnitId?: (number | string) | null;
            text: string;
          }[];
          /** @default  */
          conclusion?: string;
          expectedVersion: number;
          heldOn: string;
          issuesRaised: string;
          participantCount: number;
          /** @default  */
          participantsText?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            addressee: {
              id: number;
              name: string;
            } | null;
            can: {
              addItems: boolean;
              assign: boolean;
              hold: boolean;
              minutes: boolean;
              moderate: boolean;
              report: boolean;
              update: boolean;
            };
            consultation: {
              closesOn: string;
              comments: {
                hidden: number;
                pending: number;
                published: number;
                rejected: number;
              };
              draftTitle: string;
              isOpen: boolean;
              opensOn: string;
            } | null;
            council: {
              answerDue: string | null;
              sessionName: string;
              sessionOn: string;
              term: string;
            } | null;
            counts: {
              answered: number;
              answeredRate: number | null;
              assigned: number;
              overdue: number;
              resolved: number;
              total: number;
            };
            createdAt: string;
            dialogue: {
              chairName: string;
              conclusion: string;
              heldOn: string | null;
              issuesRaised: string;
              noticeOn: string | null;
              noticeText: string;
              participantCount: number | null;
              participantsText: string;
              place: string;
              scheduledOn: string;
              /** @enum {string} */
              state: 'scheduled' | 'held' | 'cancelled';
            } | null;
            documentNumber: string;
            front: {
              docType: ('plan' | 'conclusion') | null;
              draftSentOn: string | null;
              draftTitle: string;
              leadDays: number | null;
              leadDaysRequired: number | null;
              leadOk: boolean | null;
              leadRuleNeedsCheck: boolean;
              submissionOn: string | null;
            } | null;
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
            receivedOn: string;
            sourceItems: {
              answerCount: number;
              answerDocument: string;
              answeredOn: string | null;
              answerText: string;
              can: {
                answer: boolean;
                assign: boolean;
                close: boolean;
                decline: boolean;
                judge: boolean;
                publish: boolean;
                start: boolean;
              };
              closedOn: string | null;
              /** @enum {string} */
              compliance: 'on_time' | 'late' | 'overdue' | 'pending';
              coordinatingUnits: {
                id: number;
                name: string;
              }[];
              createdAt: string;
              declineReason: string;
              dueDate: string | null;
              dueRule: {
                basisText: string;
                code: string;
                limitText: string;
                name: string;
                needsCheck: boolean;
                version: number;
              } | null;
              /** @enum {string} */
              field:
                | 'dat_dai'
                | 'xay_dung_giao_thong'
                | 'moi_truong'
                | 'y_te'
                | 'giao_duc'
                | 'chinh_sach_xa_hoi'
                | 'kinh_te_nong_nghiep'
                | 'hanh_chinh_tu_phap'
                | 'an_ninh_trat_tu'
                | 'khac';
              firstAnsweredOn: string | null;
              id: number;
              isDemo: boolean;
              judgedOn: string | null;
              number: number;
              origin: string;
              ownerName: string;
              published: boolean;
              publishedAt: string | null;
              repeatOf: {
                itemId: number;
                similarity: number;
                sourceId: number;
                sourceTitle: string;
              } | null;
              responsibleUnit: {
                id: number;
                name: string;
              } | null;
              sourceId: number;
              /** @enum {string} */
              sourceKind:
                'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
              sourceTitle: string;
              sourceUnitId: number;
              sourceUnitName: string;
              /** @enum {string} */
              status:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
              text: string;
              updatedAt: string;
              verdict: ('satisfied' | 'not_satisfied') | null;
              verdictComment: string;
              version: number;
            }[];
            summary: string;
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  dialogueMinutes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createFrontCriticism: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          addresseeUnitId: number | string;
          /** @default  */
          documentNumber?: string;
          draftSentOn: string;
          draftTitle: string;
          items?: {
            coordinatingUnitIds?: (number | string)[];
            /** @default null */
            dueDate?: string | null;
            /**
             * @default khac
             * @enum {string}
             */
            field?:
              | 'dat_dai'
              | 'xay_dung_giao_thong'
              | 'moi_truong'
              | 'y_te'
              | 'giao_duc'
              | 'chinh_sach_xa_hoi'
              | 'kinh_te_nong_nghiep'
              | 'hanh_chinh_tu_phap'
              | 'an_ninh_trat_tu'
              | 'khac';
            /** @default  */
            origin?: string;
            /** @default  */
            ownerName?: string;
            responsibleUnitId?: (number | string) | null;
            text: string;
          }[];
          receivedOn: string;
          /** @default null */
          submissionOn?: string | null;
          /** @default  */
          summary?: string;
          title: string;
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            addressee: {
              id: number;
              name: string;
            } | null;
            can: {
              addItems: boolean;
              assign: boolean;
              hold: boolean;
              minutes: boolean;
              moderate: boolean;
              report: boolean;
              update: boolean;
            };
            consultation: {
              closesOn: string;
              comments: {
                hidden: number;
                pending: number;
                published: number;
                rejected: number;
              };
              draftTitle: string;
              isOpen: boolean;
              opensOn: string;
            } | null;
            council: {
              answerDue: string | null;
              sessionName: string;
              sessionOn: string;
              term: string;
            } | null;
            counts: {
              answered: number;
              answeredRate: number | null;
              assigned: number;
              overdue: number;
              resolved: number;
              total: number;
            };
            createdAt: string;
            dialogue: {
              chairName: string;
              conclusion: string;
              heldOn: string | null;
              issuesRaised: string;
              noticeOn: string | null;
              noticeText: string;
              participantCount: number | null;
              participantsText: string;
              place: string;
              scheduledOn: string;
              /** @enum {string} */
              state: 'scheduled' | 'held' | 'cancelled';
            } | null;
            documentNumber: string;
            front: {
              docType: ('plan' | 'conclusion') | null;
              draftSentOn: string | null;
              draftTitle: string;
              leadDays: number | null;
              leadDaysRequired: number | null;
              leadOk: boolean | null;
              leadRuleNeedsCheck: boolean;
              submissionOn: string | null;
            } | null;
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
            receivedOn: string;
            sourceItems: {
              answerCount: number;
              answerDocument: string;
              answeredOn: string | null;
              answerText: string;
              can: {
                answer: boolean;
                assign: boolean;
                close: boolean;
                decline: boolean;
                judge: boolean;
                publish: boolean;
                start: boolean;
              };
              closedOn: string | null;
              /** @enum {string} */
              compliance: 'on_time' | 'late' | 'overdue' | 'pending';
              coordinatingUnits: {
                id: number;
                name: string;
              }[];
              createdAt: string;
              declineReason: string;
              dueDate: string | null;
              dueRule: {
                basisText: string;
                code: string;
                limitText: string;
                name: string;
                needsCheck: boolean;
                version: number;
              } | null;
              /** @enum {string} */
              field:
                | 'dat_dai'
                | 'xay_dung_giao_thong'
                | 'moi_truong'
                | 'y_te'
                | 'giao_duc'
                | 'chinh_sach_xa_hoi'
                | 'kinh_te_nong_nghiep'
                | 'hanh_chinh_tu_phap'
                | 'an_ninh_trat_tu'
                | 'khac';
              firstAnsweredOn: string | null;
              id: number;
              isDemo: boolean;
              judgedOn: string | null;
              number: number;
              origin: string;
              ownerName: string;
              published: boolean;
              publishedAt: string | null;
              repeatOf: {
                itemId: number;
                similarity: number;
                sourceId: number;
                sourceTitle: string;
              } | null;
              responsibleUnit: {
                id: number;
                name: string;
              } | null;
              sourceId: number;
              /** @enum {string} */
              sourceKind:
                'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
              sourceTitle: string;
              sourceUnitId: number;
              sourceUnitName: string;
              /** @enum {string} */
              status:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
              text: string;
              updatedAt: string;
              verdict: ('satisfied' | 'not_satisfied') | null;
              verdictComment: string;
              version: number;
            }[];
            summary: string;
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  createFrontSupervision: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          addresseeUnitId: number | string;
          /**
           * @default conclusion
           * @enum {string}
           */
          docType?: 'plan' | 'conclusion';
          /** @default  */
          documentNumber?: string;
          items?: {
            coordinatingUnitIds?: (number | string)[];
            /** @default null */
            dueDate?: string | null;
            /**
             * @default khac
             * @enum {string}
             */
            field?:
              | 'dat_dai'
              | 'xay_dung_giao_thong'
              | 'moi_truong'
              | 'y_te'
              | 'giao_duc'
              | 'chinh_sach_xa_hoi'
              | 'kinh_te_nong_nghiep'
              | 'hanh_chinh_tu_phap'
              | 'an_ninh_trat_tu'
              | 'khac';
            /** @default  */
            origin?: string;
            /** @default  */
            ownerName?: string;
            responsibleUnitId?: (number | string) | null;
            text: string;
          }[];
          receivedOn: string;
          /** @default  */
          summary?: string;
          title: string;
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            addressee: {
              id: number;
              name: string;
            } | null;
            can: {
              addItems: boolean;
              assign: boolean;
              hold: boolean;
              minutes: boolean;
              moderate: boolean;
              report: boolean;
              update: boolean;
            };
            consultation: {
              closesOn: string;
              comments: {
                hidden: number;
                pending: number;
                published: number;
                rejected: number;
              };
              draftTitle: string;
              isOpen: boolean;
              opensOn: string;
            } | null;
            council: {
              answerDue: string | null;
              sessionName: string;
              sessionOn: string;
              term: string;
            } | null;
            counts: {
              answered: number;
              answeredRate: number | null;
              assigned: number;
              overdue: number;
              resolved: number;
              total: number;
            };
            createdAt: string;
            dialogue: {
              chairName: string;
              conclusion: string;
              heldOn: string | null;
              issuesRaised: string;
              noticeOn: string | null;
              noticeText: string;
              participantCount: number | null;
              participantsText: string;
              place: string;
              scheduledOn: string;
              /** @enum {string} */
              state: 'scheduled' | 'held' | 'cancelled';
            } | null;
            documentNumber: string;
            front: {
              docType: ('plan' | 'conclusion') | null;
              draftSentOn: string | null;
              draftTitle: string;
              leadDays: number | null;
              leadDaysRequired: number | null;
              leadOk: boolean | null;
              leadRuleNeedsCheck: boolean;
              submissionOn: string | null;
            } | null;
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
            receivedOn: string;
            sourceItems: {
              answerCount: number;
              answerDocument: string;
              answeredOn: string | null;
              answerText: string;
              can: {
                answer: boolean;
                assign: boolean;
                close: boolean;
                decline: boolean;
                judge: boolean;
                publish: boolean;
                start: boolean;
              };
              closedOn: string | null;
              /** @enum {string} */
              compliance: 'on_time' | 'late' | 'overdue' | 'pending';
              coordinatingUnits: {
                id: number;
                name: string;
              }[];
              createdAt: string;
              declineReason: string;
              dueDate: string | null;
              dueRule: {
                basisText: string;
                code: string;
                limitText: string;
                name: string;
                needsCheck: boolean;
                version: number;
              } | null;
              /** @enum {string} */
              field:
                | 'dat_dai'
                | 'xay_dung_giao_thong'
                | 'moi_truong'
                | 'y_te'
                | 'giao_duc'
                | 'chinh_sach_xa_hoi'
                | 'kinh_te_nong_nghiep'
                | 'hanh_chinh_tu_phap'
                | 'an_ninh_trat_tu'
                | 'khac';
              firstAnsweredOn: string | null;
              id: number;
              isDemo: boolean;
              judgedOn: string | null;
              number: number;
              origin: string;
              ownerName: string;
              published: boolean;
              publishedAt: string | null;
              repeatOf: {
                itemId: number;
                similarity: number;
                sourceId: number;
                sourceTitle: string;
              } | null;
              responsibleUnit: {
                id: number;
                name: string;
              } | null;
              sourceId: number;
              /** @enum {string} */
              sourceKind:
                'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
              sourceTitle: string;
              sourceUnitId: number;
              sourceUnitName: string;
              /** @enum {string} */
              status:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
              text: string;
              updatedAt: string;
              verdict: ('satisfied' | 'not_satisfied') | null;
              verdictComment: string;
              version: number;
            }[];
            summary: string;
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listAnswerItems: {
    parameters: {
      query?: {
        compliance?: 'on_time' | 'late' | 'overdue' | 'pending';
        field?:
          | 'dat_dai'
          | 'xay_dung_giao_thong'
          | 'moi_truong'
          | 'y_te'
          | 'giao_duc'
          | 'chinh_sach_xa_hoi'
          | 'kinh_te_nong_nghiep'
          | 'hanh_chinh_tu_phap'
          | 'an_ninh_trat_tu'
          | 'khac';
        kind?: 'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
        mine?: 'true' | 'false';
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        responsibleUnitId?: number | string;
        sourceId?: number | string;
        status?:
          | 'received'
          | 'in_progress'
          | 'answered'
          | 'satisfied'
          | 'not_satisfied'
          | 're_answered'
          | 'not_taken'
          | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              answerCount: number;
              answerDocument: string;
              answeredOn: string | null;
              answerText: string;
              can: {
                answer: boolean;
                assign: boolean;
                close: boolean;
                decline: boolean;
                judge: boolean;
                publish: boolean;
                start: boolean;
              };
              closedOn: string | null;
              /** @enum {string} */
              compliance: 'on_time' | 'late' | 'overdue' | 'pending';
              coordinatingUnits: {
                id: number;
                name: string;
              }[];
              createdAt: string;
              declineReason: string;
              dueDate: string | null;
              dueRule: {
                basisText: string;
                code: string;
                limitText: string;
                name: string;
                needsCheck: boolean;
                version: number;
              } | null;
              /** @enum {string} */
              field:
                | 'dat_dai'
                | 'xay_dung_giao_thong'
                | 'moi_truong'
                | 'y_te'
                | 'giao_duc'
                | 'chinh_sach_xa_hoi'
                | 'kinh_te_nong_nghiep'
                | 'hanh_chinh_tu_phap'
                | 'an_ninh_trat_tu'
                | 'khac';
              firstAnsweredOn: string | null;
              id: number;
              isDemo: boolean;
              judgedOn: string | null;
              number: number;
              origin: string;
              ownerName: string;
              published: boolean;
              publishedAt: string | null;
              repeatOf: {
                itemId: number;
                similarity: number;
                sourceId: number;
                sourceTitle: string;
              } | null;
              responsibleUnit: {
                id: number;
                name: string;
              } | null;
              sourceId: number;
              /** @enum {string} */
              sourceKind:
                'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
              sourceTitle: string;
              sourceUnitId: number;
              sourceUnitName: string;
              /** @enum {string} */
              status:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
              text: string;
              updatedAt: string;
              verdict: ('satisfied' | 'not_satisfied') | null;
              verdictComment: string;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getAnswerItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answerCount: number;
            answerDocument: string;
            answeredOn: string | null;
            answerText: string;
            can: {
              answer: boolean;
              assign: boolean;
              close: boolean;
              decline: boolean;
              judge: boolean;
              publish: boolean;
              start: boolean;
            };
            closedOn: string | null;
            /** @enum {string} */
            compliance: 'on_time' | 'late' | 'overdue' | 'pending';
            coordinatingUnits: {
              id: number;
              name: string;
            }[];
            createdAt: string;
            declineReason: string;
            dueDate: string | null;
            dueRule: {
              basisText: string;
              code: string;
              limitText: string;
              name: string;
              needsCheck: boolean;
              version: number;
            } | null;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'xay_dung_giao_thong'
              | 'moi_truong'
              | 'y_te'
              | 'giao_duc'
              | 'chinh_sach_xa_hoi'
              | 'kinh_te_nong_nghiep'
              | 'hanh_chinh_tu_phap'
              | 'an_ninh_trat_tu'
              | 'khac';
            firstAnsweredOn: string | null;
            history: {
              actorName: string;
              at: string;
              details: {
                [key: string]: unknown;
              } | null;
              fromStatus:
                | (
                    | 'received'
                    | 'in_progress'
                    | 'answered'
                    | 'satisfied'
                    | 'not_satisfied'
                    | 're_answered'
                    | 'not_taken'
                    | 'closed'
                  )
                | null;
              id: number;
              note: string;
              on: string;
              /** @enum {string} */
              step:
                | 'create'
                | 'assign'
                | 'start'
                | 'answer'
                | 'judge'
                | 'decline'
                | 'close'
                | 'publish'
                | 'unpublish';
              /** @enum {string} */
              toStatus:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
            }[];
            id: number;
            isDemo: boolean;
            judgedOn: string | null;
            number: number;
            origin: string;
            ownerName: string;
            published: boolean;
            publishedAt: string | null;
            repeatOf: {
              itemId: number;
              similarity: number;
              sourceId: number;
              sourceTitle: string;
            } | null;
            responsibleUnit: {
              id: number;
              name: string;
            } | null;
            sourceId: number;
            /** @enum {string} */
            sourceKind:
              'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
            sourceTitle: string;
            sourceUnitId: number;
            sourceUnitName: string;
            /** @enum {string} */
            status:
              | 'received'
              | 'in_progress'
              | 'answered'
              | 'satisfied'
              | 'not_satisfied'
              | 're_answered'
              | 'not_taken'
              | 'closed';
            text: string;
            updatedAt: string;
            verdict: ('satisfied' | 'not_satisfied') | null;
            verdictComment: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  answerAnswerItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          answerDocument?: string;
          answeredOn?: string;
          expectedVersion: number;
          text: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answerCount: number;
            answerDocument: string;
            answeredOn: string | null;
            answerText: string;
            can: {
              answer: boolean;
              assign: boolean;
              close: boolean;
              decline: boolean;
              judge: boolean;
              publish: boolean;
              start: boolean;
            };
            closedOn: string | null;
            /** @enum {string} */
            compliance: 'on_time' | 'late' | 'overdue' | 'pending';
            coordinatingUnits: {
              id: number;
              name: string;
            }[];
            createdAt: string;
            declineReason: string;
            dueDate: string | null;
            dueRule: {
              basisText: string;
              code: string;
              limitText: string;
              name: string;
              needsCheck: boolean;
              version: number;
            } | null;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'xay_dung_giao_thong'
              | 'moi_truong'
              | 'y_te'
              | 'giao_duc'
              | 'chinh_sach_xa_hoi'
              | 'kinh_te_nong_nghiep'
              | 'hanh_chinh_tu_phap'
              | 'an_ninh_trat_tu'
              | 'khac';
            firstAnsweredOn: string | null;
            history: {
              actorName: string;
              at: string;
              details: {
                [key: string]: unknown;
              } | null;
              fromStatus:
                | (
                    | 'received'
                    | 'in_progress'
                    | 'answered'
                    | 'satisfied'
                    | 'not_satisfied'
                    | 're_answered'
                    | 'not_taken'
                    | 'closed'
                  )
                | null;
              id: number;
              note: string;
              on: string;
              /** @enum {string} */
              step:
                | 'create'
                | 'assign'
                | 'start'
                | 'answer'
                | 'judge'
                | 'decline'
                | 'close'
                | 'publish'
                | 'unpublish';
              /** @enum {string} */
              toStatus:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
            }[];
            id: number;
            isDemo: boolean;
            judgedOn: string | null;
            number: number;
            origin: string;
            ownerName: string;
            published: boolean;
            publishedAt: string | null;
            repeatOf: {
              itemId: number;
              similarity: number;
              sourceId: number;
              sourceTitle: string;
            } | null;
            responsibleUnit: {
              id: number;
              name: string;
            } | null;
            sourceId: number;
            /** @enum {string} */
            sourceKind:
              'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
            sourceTitle: string;
            sourceUnitId: number;
            sourceUnitName: string;
            /** @enum {string} */
            status:
              | 'received'
              | 'in_progress'
              | 'answered'
              | 'satisfied'
              | 'not_satisfied'
              | 're_answered'
              | 'not_taken'
              | 'closed';
            text: string;
            updatedAt: string;
            verdict: ('satisfied' | 'not_satisfied') | null;
            verdictComment: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  closeAnswerItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion: number;
          /** @default  */
          note?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answerCount: number;
            answerDocument: string;
            answeredOn: string | null;
            answerText: string;
            can: {
              answer: boolean;
              assign: boolean;
              close: boolean;
              decline: boolean;
              judge: boolean;
              publish: boolean;
              start: boolean;
            };
            closedOn: string | null;
            /** @enum {string} */
            compliance: 'on_time' | 'late' | 'overdue' | 'pending';
            coordinatingUnits: {
              id: number;
              name: string;
            }[];
            createdAt: string;
            declineReason: string;
            dueDate: string | null;
            dueRule: {
              basisText: string;
              code: string;
              limitText: string;
              name: string;
              needsCheck: boolean;
              version: number;
            } | null;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'xay_dung_giao_thong'
              | 'moi_truong'
              | 'y_te'
              | 'giao_duc'
              | 'chinh_sach_xa_hoi'
              | 'kinh_te_nong_nghiep'
              | 'hanh_chinh_tu_phap'
              | 'an_ninh_trat_tu'
              | 'khac';
            firstAnsweredOn: string | null;
            history: {
              actorName: string;
              at: string;
              details: {
                [key: string]: unknown;
              } | null;
              fromStatus:
                | (
                    | 'received'
                    | 'in_progress'
                    | 'answered'
                    | 'satisfied'
                    | 'not_satisfied'
                    | 're_answered'
                    | 'not_taken'
                    | 'closed'
                  )
                | null;
              id: number;
              note: string;
              on: string;
              /** @enum {string} */
              step:
                | 'create'
                | 'assign'
                | 'start'
                | 'answer'
                | 'judge'
                | 'decline'
                | 'close'
                | 'publish'
                | 'unpublish';
              /** @enum {string} */
              toStatus:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
            }[];
            id: number;
            isDemo: boolean;
            judgedOn: string | null;
            number: number;
            origin: string;
            ownerName: string;
            published: boolean;
            publishedAt: string | null;
            repeatOf: {
              itemId: number;
              similarity: number;
              sourceId: number;
              sourceTitle: string;
            } | null;
            responsibleUnit: {
              id: number;
              name: string;
            } | null;
            sourceId: number;
            /** @enum {string} */
            sourceKind:
              'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
            sourceTitle: string;
            sourceUnitId: number;
            sourceUnitName: string;
            /** @enum {string} */
            status:
              | 'received'
              | 'in_progress'
              | 'answered'
              | 'satisfied'
              | 'not_satisfied'
              | 're_answered'
              | 'not_taken'
              | 'closed';
            text: string;
            updatedAt: string;
            verdict: ('satisfied' | 'not_satisfied') | null;
            verdictComment: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  declineAnswerItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion: number;
          reason: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answerCount: number;
            answerDocument: string;
            answeredOn: string | null;
            answerText: string;
            can: {
              answer: boolean;
              assign: boolean;
              close: boolean;
              decline: boolean;
              judge: boolean;
              publish: boolean;
              start: boolean;
            };
            closedOn: string | null;
            /** @enum {string} */
            compliance: 'on_time' | 'late' | 'overdue' | 'pending';
            coordinatingUnits: {
              id: number;
              name: string;
            }[];
            createdAt: string;
            declineReason: string;
            dueDate: string | null;
            dueRule: {
              basisText: string;
              code: string;
              limitText: string;
              name: string;
              needsCheck: boolean;
              version: number;
            } | null;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'xay_dung_giao_thong'
              | 'moi_truong'
              | 'y_te'
              | 'giao_duc'
              | 'chinh_sach_xa_hoi'
              | 'kinh_te_nong_nghiep'
              | 'hanh_chinh_tu_phap'
              | 'an_ninh_trat_tu'
              | 'khac';
            firstAnsweredOn: string | null;
            history: {
              actorName: string;
              at: string;
              details: {
                [key: string]: unknown;
              } | null;
              fromStatus:
                | (
                    | 'received'
                    | 'in_progress'
                    | 'answered'
                    | 'satisfied'
                    | 'not_satisfied'
                    | 're_answered'
                    | 'not_taken'
                    | 'closed'
                  )
                | null;
              id: number;
              note: string;
              on: string;
              /** @enum {string} */
              step:
                | 'create'
                | 'assign'
                | 'start'
                | 'answer'
                | 'judge'
                | 'decline'
                | 'close'
                | 'publish'
                | 'unpublish';
              /** @enum {string} */
              toStatus:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
            }[];
            id: number;
            isDemo: boolean;
            judgedOn: string | null;
            number: number;
            origin: string;
            ownerName: string;
            published: boolean;
            publishedAt: string | null;
            repeatOf: {
              itemId: number;
              similarity: number;
              sourceId: number;
              sourceTitle: string;
            } | null;
            responsibleUnit: {
              id: number;
              name: string;
            } | null;
            sourceId: number;
            /** @enum {string} */
            sourceKind:
              'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
            sourceTitle: string;
            sourceUnitId: number;
            sourceUnitName: string;
            /** @enum {string} */
            status:
              | 'received'
              | 'in_progress'
              | 'answered'
              | 'satisfied'
              | 'not_satisfied'
              | 're_answered'
              | 'not_taken'
              | 'closed';
            text: string;
            updatedAt: string;
            verdict: ('satisfied' | 'not_satisfied') | null;
            verdictComment: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  judgeAnswerItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          comment?: string;
          expectedVersion: number;
          /** @enum {string} */
          verdict: 'satisfied' | 'not_satisfied';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answerCount: number;
            answerDocument: string;
            answeredOn: string | null;
            answerText: string;
            can: {
              answer: boolean;
              assign: boolean;
              close: boolean;
              decline: boolean;
              judge: boolean;
              publish: boolean;
              start: boolean;
            };
            closedOn: string | null;
            /** @enum {string} */
            compliance: 'on_time' | 'late' | 'overdue' | 'pending';
            coordinatingUnits: {
              id: number;
              name: string;
            }[];
            createdAt: string;
            declineReason: string;
            dueDate: string | null;
            dueRule: {
              basisText: string;
              code: string;
              limitText: string;
              name: string;
              needsCheck: boolean;
              version: number;
            } | null;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'xay_dung_giao_thong'
              | 'moi_truong'
              | 'y_te'
              | 'giao_duc'
              | 'chinh_sach_xa_hoi'
              | 'kinh_te_nong_nghiep'
              | 'hanh_chinh_tu_phap'
              | 'an_ninh_trat_tu'
              | 'khac';
            firstAnsweredOn: string | null;
            history: {
              actorName: string;
              at: string;
              details: {
                [key: string]: unknown;
              } | null;
              fromStatus:
                | (
                    | 'received'
                    | 'in_progress'
                    | 'answered'
                    | 'satisfied'
                    | 'not_satisfied'
                    | 're_answered'
                    | 'not_taken'
                    | 'closed'
                  )
                | null;
              id: number;
              note: string;
              on: string;
              /** @enum {string} */
              step:
                | 'create'
                | 'assign'
                | 'start'
                | 'answer'
                | 'judge'
                | 'decline'
                | 'close'
                | 'publish'
                | 'unpublish';
              /** @enum {string} */
              toStatus:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
            }[];
            id: number;
            isDemo: boolean;
            judgedOn: string | null;
            number: number;
            origin: string;
            ownerName: string;
            published: boolean;
            publishedAt: string | null;
            repeatOf: {
              itemId: number;
              similarity: number;
              sourceId: number;
              sourceTitle: string;
            } | null;
            responsibleUnit: {
              id: number;
              name: string;
            } | null;
            sourceId: number;
            /** @enum {string} */
            sourceKind:
              'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
            sourceTitle: string;
            sourceUnitId: number;
            sourceUnitName: string;
            /** @enum {string} */
            status:
              | 'received'
              | 'in_progress'
              | 'answered'
              | 'satisfied'
              | 'not_satisfied'
              | 're_answered'
              | 'not_taken'
              | 'closed';
            text: string;
            updatedAt: string;
            verdict: ('satisfied' | 'not_satisfied') | null;
            verdictComment: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  startAnswerItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion: number;
          /** @default  */
          note?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answerCount: number;
            answerDocument: string;
            answeredOn: string | null;
            answerText: string;
            can: {
              answer: boolean;
              assign: boolean;
              close: boolean;
              decline: boolean;
              judge: boolean;
              publish: boolean;
              start: boolean;
            };
            closedOn: string | null;
            /** @enum {string} */
            compliance: 'on_time' | 'late' | 'overdue' | 'pending';
            coordinatingUnits: {
              id: number;
              name: string;
            }[];
            createdAt: string;
            declineReason: string;
            dueDate: string | null;
            dueRule: {
              basisText: string;
              code: string;
              limitText: string;
              name: string;
              needsCheck: boolean;
              version: number;
            } | null;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'xay_dung_giao_thong'
              | 'moi_truong'
              | 'y_te'
              | 'giao_duc'
              | 'chinh_sach_xa_hoi'
              | 'kinh_te_nong_nghiep'
              | 'hanh_chinh_tu_phap'
              | 'an_ninh_trat_tu'
              | 'khac';
            firstAnsweredOn: string | null;
            history: {
              actorName: string;
              at: string;
              details: {
                [key: string]: unknown;
              } | null;
              fromStatus:
                | (
                    | 'received'
                    | 'in_progress'
                    | 'answered'
                    | 'satisfied'
                    | 'not_satisfied'
                    | 're_answered'
                    | 'not_taken'
                    | 'closed'
                  )
                | null;
              id: number;
              note: string;
              on: string;
              /** @enum {string} */
              step:
                | 'create'
                | 'assign'
                | 'start'
                | 'answer'
                | 'judge'
                | 'decline'
                | 'close'
                | 'publish'
                | 'unpublish';
              /** @enum {string} */
              toStatus:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
            }[];
            id: number;
            isDemo: boolean;
            judgedOn: string | null;
            number: number;
            origin: string;
            ownerName: string;
            published: boolean;
            publishedAt: string | null;
            repeatOf: {
              itemId: number;
              similarity: number;
              sourceId: number;
              sourceTitle: string;
            } | null;
            responsibleUnit: {
              id: number;
              name: string;
            } | null;
            sourceId: number;
            /** @enum {string} */
            sourceKind:
              'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
            sourceTitle: string;
            sourceUnitId: number;
            sourceUnitName: string;
            /** @enum {string} */
            status:
              | 'received'
              | 'in_progress'
              | 'answered'
              | 'satisfied'
              | 'not_satisfied'
              | 're_answered'
              | 'not_taken'
              | 'closed';
            text: string;
            updatedAt: string;
            verdict: ('satisfied' | 'not_satisfied') | null;
            verdictComment: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  bulkAnswerItems: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          answerDocument?: string;
          answeredOn?: string;
          items: {
            expectedVersion: number;
            id: number | string;
          }[];
          templateId?: number | string;
          /** @default  */
          text?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              answerCount: number;
              answerDocument: string;
              answeredOn: string | null;
              answerText: string;
              can: {
                answer: boolean;
                assign: boolean;
                close: boolean;
                decline: boolean;
                judge: boolean;
                publish: boolean;
                start: boolean;
              };
              closedOn: string | null;
              /** @enum {string} */
              compliance: 'on_time' | 'late' | 'overdue' | 'pending';
              coordinatingUnits: {
                id: number;
                name: string;
              }[];
              createdAt: string;
              declineReason: string;
              dueDate: string | null;
              dueRule: {
                basisText: string;
                code: string;
                limitText: string;
                name: string;
                needsCheck: boolean;
                version: number;
              } | null;
              /** @enum {string} */
              field:
                | 'dat_dai'
                | 'xay_dung_giao_thong'
                | 'moi_truong'
                | 'y_te'
                | 'giao_duc'
                | 'chinh_sach_xa_hoi'
                | 'kinh_te_nong_nghiep'
                | 'hanh_chinh_tu_phap'
                | 'an_ninh_trat_tu'
                | 'khac';
              firstAnsweredOn: string | null;
              id: number;
              isDemo: boolean;
              judgedOn: string | null;
              number: number;
              origin: string;
              ownerName: string;
              published: boolean;
              publishedAt: string | null;
              repeatOf: {
                itemId: number;
                similarity: number;
                sourceId: number;
                sourceTitle: string;
              } | null;
              responsibleUnit: {
                id: number;
                name: string;
              } | null;
              sourceId: number;
              /** @enum {string} */
              sourceKind:
                'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
              sourceTitle: string;
              sourceUnitId: number;
              sourceUnitName: string;
              /** @enum {string} */
              status:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
              text: string;
              updatedAt: string;
              verdict: ('satisfied' | 'not_satisfied') | null;
              verdictComment: string;
              version: number;
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  assignAnswerItems: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          coordinatingUnitIds?: (number | string)[];
          dueDate?: string;
          items: {
            expectedVersion: number;
            id: number | string;
          }[];
          ownerName?: string;
          responsibleUnitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              answerCount: number;
              answerDocument: string;
              answeredOn: string | null;
              answerText: string;
              can: {
                answer: boolean;
                assign: boolean;
                close: boolean;
                decline: boolean;
                judge: boolean;
                publish: boolean;
                start: boolean;
              };
              closedOn: string | null;
              /** @enum {string} */
              compliance: 'on_time' | 'late' | 'overdue' | 'pending';
              coordinatingUnits: {
                id: number;
                name: string;
              }[];
              createdAt: string;
              declineReason: string;
              dueDate: string | null;
              dueRule: {
                basisText: string;
                code: string;
                limitText: string;
                name: string;
                needsCheck: boolean;
                version: number;
              } | null;
              /** @enum {string} */
              field:
                | 'dat_dai'
                | 'xay_dung_giao_thong'
                | 'moi_truong'
                | 'y_te'
                | 'giao_duc'
                | 'chinh_sach_xa_hoi'
                | 'kinh_te_nong_nghiep'
                | 'hanh_chinh_tu_phap'
                | 'an_ninh_trat_tu'
                | 'khac';
              firstAnsweredOn: string | null;
              id: number;
              isDemo: boolean;
              judgedOn: string | null;
              number: number;
              origin: string;
              ownerName: string;
              published: boolean;
              publishedAt: string | null;
              repeatOf: {
                itemId: number;
                similarity: number;
                sourceId: number;
                sourceTitle: string;
              } | null;
              responsibleUnit: {
                id: number;
                name: string;
              } | null;
              sourceId: number;
              /** @enum {string} */
              sourceKind:
                'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
              sourceTitle: string;
              sourceUnitId: number;
              sourceUnitName: string;
              /** @enum {string} */
              status:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
              text: string;
              updatedAt: string;
              verdict: ('satisfied' | 'not_satisfied') | null;
              verdictComment: string;
              version: number;
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  exportAnswerItems: {
    parameters: {
      query?: {
        compliance?: 'on_time' | 'late' | 'overdue' | 'pending';
        field?:
          | 'dat_dai'
          | 'xay_dung_giao_thong'
          | 'moi_truong'
          | 'y_te'
          | 'giao_duc'
          | 'chinh_sach_xa_hoi'
          | 'kinh_te_nong_nghiep'
          | 'hanh_chinh_tu_phap'
          | 'an_ninh_trat_tu'
          | 'khac';
        kind?: 'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
        mine?: 'true' | 'false';
        q?: string;
        responsibleUnitId?: number | string;
        sourceId?: number | string;
        status?:
          | 'received'
          | 'in_progress'
          | 'answered'
          | 'satisfied'
          | 'not_satisfied'
          | 're_answered'
          | 'not_taken'
          | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  publishAnswerItems: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          items: {
            expectedVersion: number;
            id: number | string;
          }[];
          published: boolean;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              answerCount: number;
              answerDocument: string;
              answeredOn: string | null;
              answerText: string;
              can: {
                answer: boolean;
                assign: boolean;
                close: boolean;
                decline: boolean;
                judge: boolean;
                publish: boolean;
                start: boolean;
              };
              closedOn: string | null;
              /** @enum {string} */
              compliance: 'on_time' | 'late' | 'overdue' | 'pending';
              coordinatingUnits: {
                id: number;
                name: string;
              }[];
              createdAt: string;
              declineReason: string;
              dueDate: string | null;
              dueRule: {
                basisText: string;
                code: string;
                limitText: string;
                name: string;
                needsCheck: boolean;
                version: number;
              } | null;
              /** @enum {string} */
              field:
                | 'dat_dai'
                | 'xay_dung_giao_thong'
                | 'moi_truong'
                | 'y_te'
                | 'giao_duc'
                | 'chinh_sach_xa_hoi'
                | 'kinh_te_nong_nghiep'
                | 'hanh_chinh_tu_phap'
                | 'an_ninh_trat_tu'
                | 'khac';
              firstAnsweredOn: string | null;
              id: number;
              isDemo: boolean;
              judgedOn: string | null;
              number: number;
              origin: string;
              ownerName: string;
              published: boolean;
              publishedAt: string | null;
              repeatOf: {
                itemId: number;
                similarity: number;
                sourceId: number;
                sourceTitle: string;
              } | null;
              responsibleUnit: {
                id: number;
                name: string;
              } | null;
              sourceId: number;
              /** @enum {string} */
              sourceKind:
                'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
              sourceTitle: string;
              sourceUnitId: number;
              sourceUnitName: string;
              /** @enum {string} */
              status:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
              text: string;
              updatedAt: string;
              verdict: ('satisfied' | 'not_satisfied') | null;
              verdictComment: string;
              version: number;
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  reportConsultationComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          altcha: string;
          reason: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ok'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  getPublicConsultation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            closesOn: string;
            comments: {
              answer: {
                /** @enum {string} */
                outcome: 'taken' | 'explained';
                publishedAt: string | null;
                text: string;
                unitName: string;
              } | null;
              authorName: string;
              id: number;
              submittedAt: string;
              text: string;
            }[];
            draftTitle: string;
            id: number;
            isOpen: boolean;
            opensOn: string;
            summary: string;
            title: string;
            unitName: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  submitConsultationComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          altcha: string;
          /** @default  */
          authorName?: string;
          text: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ok'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  listAnswerSources: {
    parameters: {
      query?: {
        kind?: 'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              addressee: {
                id: number;
                name: string;
              } | null;
              can: {
                addItems: boolean;
                assign: boolean;
                hold: boolean;
                minutes: boolean;
                moderate: boolean;
                report: boolean;
                update: boolean;
              };
              consultation: {
                closesOn: string;
                comments: {
                  hidden: number;
                  pending: number;
                  published: number;
                  rejected: number;
                };
                draftTitle: string;
                isOpen: boolean;
                opensOn: string;
              } | null;
              council: {
                answerDue: string | null;
                sessionName: string;
                sessionOn: string;
                term: string;
              } | null;
              counts: {
                answered: number;
                answeredRate: number | null;
                assigned: number;
                overdue: number;
                resolved: number;
                total: number;
              };
              createdAt: string;
              dialogue: {
                chairName: string;
                conclusion: string;
                heldOn: string | null;
                issuesRaised: string;
                noticeOn: string | null;
                noticeText: string;
                participantCount: number | null;
                participantsText: string;
                place: string;
                scheduledOn: string;
                /** @enum {string} */
                state: 'scheduled' | 'held' | 'cancelled';
              } | null;
              documentNumber: string;
              front: {
                docType: ('plan' | 'conclusion') | null;
                draftSentOn: string | null;
                draftTitle: string;
                leadDays: number | null;
                leadDaysRequired: number | null;
                leadOk: boolean | null;
                leadRuleNeedsCheck: boolean;
                submissionOn: string | null;
              } | null;
              id: number;
              isDemo: boolean;
              /** @enum {string} */
              kind: 'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
              receivedOn: string;
              summary: string;
              title: string;
              unitId: number;
              unitName: string;
              updatedAt: string;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getAnswerSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            addressee: {
              id: number;
              name: string;
            } | null;
            can: {
              addItems: boolean;
              assign: boolean;
              hold: boolean;
              minutes: boolean;
              moderate: boolean;
              report: boolean;
              update: boolean;
            };
            consultation: {
              closesOn: string;
              comments: {
                hidden: number;
                pending: number;
                published: number;
                rejected: number;
              };
              draftTitle: string;
              isOpen: boolean;
              opensOn: string;
            } | null;
            council: {
              answerDue: string | null;
              sessionName: string;
              sessionOn: string;
              term: string;
            } | null;
            counts: {
              answered: number;
              answeredRate: number | null;
              assigned: number;
              overdue: number;
              resolved: number;
              total: number;
            };
            createdAt: string;
            dialogue: {
              chairName: string;
              conclusion: string;
              heldOn: string | null;
              issuesRaised: string;
              noticeOn: string | null;
              noticeText: string;
              participantCount: number | null;
              participantsText: string;
              place: string;
              scheduledOn: string;
              /** @enum {string} */
              state: 'scheduled' | 'held' | 'cancelled';
            } | null;
            documentNumber: string;
            front: {
              docType: ('plan' | 'conclusion') | null;
              draftSentOn: string | null;
              draftTitle: string;
              leadDays: number | null;
              leadDaysRequired: number | null;
              leadOk: boolean | null;
              leadRuleNeedsCheck: boolean;
              submissionOn: string | null;
            } | null;
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
            receivedOn: string;
            sourceItems: {
              answerCount: number;
              answerDocument: string;
              answeredOn: string | null;
              answerText: string;
              can: {
                answer: boolean;
                assign: boolean;
                close: boolean;
                decline: boolean;
                judge: boolean;
                publish: boolean;
                start: boolean;
              };
              closedOn: string | null;
              /** @enum {string} */
              compliance: 'on_time' | 'late' | 'overdue' | 'pending';
              coordinatingUnits: {
                id: number;
                name: string;
              }[];
              createdAt: string;
              declineReason: string;
              dueDate: string | null;
              dueRule: {
                basisText: string;
                code: string;
                limitText: string;
                name: string;
                needsCheck: boolean;
                version: number;
              } | null;
              /** @enum {string} */
              field:
                | 'dat_dai'
                | 'xay_dung_giao_thong'
                | 'moi_truong'
                | 'y_te'
                | 'giao_duc'
                | 'chinh_sach_xa_hoi'
                | 'kinh_te_nong_nghiep'
                | 'hanh_chinh_tu_phap'
                | 'an_ninh_trat_tu'
                | 'khac';
              firstAnsweredOn: string | null;
              id: number;
              isDemo: boolean;
              judgedOn: string | null;
              number: number;
              origin: string;
              ownerName: string;
              published: boolean;
              publishedAt: string | null;
              repeatOf: {
                itemId: number;
                similarity: number;
                sourceId: number;
                sourceTitle: string;
              } | null;
              responsibleUnit: {
                id: number;
                name: string;
              } | null;
              sourceId: number;
              /** @enum {string} */
              sourceKind:
                'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
              sourceTitle: string;
              sourceUnitId: number;
              sourceUnitName: string;
              /** @enum {string} */
              status:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
              text: string;
              updatedAt: string;
              verdict: ('satisfied' | 'not_satisfied') | null;
              verdictComment: string;
              version: number;
            }[];
            summary: string;
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateAnswerSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          answerDue?: string | null;
          documentNumber?: string;
          expectedVersion: number;
          summary?: string;
          title?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            addressee: {
              id: number;
              name: string;
            } | null;
            can: {
              addItems: boolean;
              assign: boolean;
              hold: boolean;
              minutes: boolean;
              moderate: boolean;
              report: boolean;
              update: boolean;
            };
            consultation: {
              closesOn: string;
              comments: {
                hidden: number;
                pending: number;
                published: number;
                rejected: number;
              };
              draftTitle: string;
              isOpen: boolean;
              opensOn: string;
            } | null;
            council: {
              answerDue: string | null;
              sessionName: string;
              sessionOn: string;
              term: string;
            } | null;
            counts: {
              answered: number;
              answeredRate: number | null;
              assigned: number;
              overdue: number;
              resolved: number;
              total: number;
            };
            createdAt: string;
            dialogue: {
              chairName: string;
              conclusion: string;
              heldOn: string | null;
              issuesRaised: string;
              noticeOn: string | null;
              noticeText: string;
              participantCount: number | null;
              participantsText: string;
              place: string;
              scheduledOn: string;
              /** @enum {string} */
              state: 'scheduled' | 'held' | 'cancelled';
            } | null;
            documentNumber: string;
            front: {
              docType: ('plan' | 'conclusion') | null;
              draftSentOn: string | null;
              draftTitle: string;
              leadDays: number | null;
              leadDaysRequired: number | null;
              leadOk: boolean | null;
              leadRuleNeedsCheck: boolean;
              submissionOn: string | null;
            } | null;
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
            receivedOn: string;
            sourceItems: {
              answerCount: number;
              answerDocument: string;
              answeredOn: string | null;
              answerText: string;
              can: {
                answer: boolean;
                assign: boolean;
                close: boolean;
                decline: boolean;
                judge: boolean;
                publish: boolean;
                start: boolean;
              };
              closedOn: string | null;
              /** @enum {string} */
              compliance: 'on_time' | 'late' | 'overdue' | 'pending';
              coordinatingUnits: {
                id: number;
                name: string;
              }[];
              createdAt: string;
              declineReason: string;
              dueDate: string | null;
              dueRule: {
                basisText: string;
                code: string;
                limitText: string;
                name: string;
                needsCheck: boolean;
                version: number;
              } | null;
              /** @enum {string} */
              field:
                | 'dat_dai'
                | 'xay_dung_giao_thong'
                | 'moi_truong'
                | 'y_te'
                | 'giao_duc'
                | 'chinh_sach_xa_hoi'
                | 'kinh_te_nong_nghiep'
                | 'hanh_chinh_tu_phap'
                | 'an_ninh_trat_tu'
                | 'khac';
              firstAnsweredOn: string | null;
              id: number;
              isDemo: boolean;
              judgedOn: string | null;
              number: number;
              origin: string;
              ownerName: string;
              published: boolean;
              publishedAt: string | null;
              repeatOf: {
                itemId: number;
                similarity: number;
                sourceId: number;
                sourceTitle: string;
              } | null;
              responsibleUnit: {
                id: number;
                name: string;
              } | null;
              sourceId: number;
              /** @enum {string} */
              sourceKind:
                'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
              sourceTitle: string;
              sourceUnitId: number;
              sourceUnitName: string;
              /** @enum {string} */
              status:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
              text: string;
              updatedAt: string;
              verdict: ('satisfied' | 'not_satisfied') | null;
              verdictComment: string;
              version: number;
            }[];
            summary: string;
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  addAnswerItems: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          items: {
            coordinatingUnitIds?: (number | string)[];
            /** @default null */
            dueDate?: string | null;
            /**
             * @default khac
             * @enum {string}
             */
            field?:
              | 'dat_dai'
              | 'xay_dung_giao_thong'
              | 'moi_truong'
              | 'y_te'
              | 'giao_duc'
              | 'chinh_sach_xa_hoi'
              | 'kinh_te_nong_nghiep'
              | 'hanh_chinh_tu_phap'
              | 'an_ninh_trat_tu'
              | 'khac';
            /** @default  */
            origin?: string;
            /** @default  */
            ownerName?: string;
            responsibleUnitId?: (number | string) | null;
            text: string;
          }[];
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            addressee: {
              id: number;
              name: string;
            } | null;
            can: {
              addItems: boolean;
              assign: boolean;
              hold: boolean;
              minutes: boolean;
              moderate: boolean;
              report: boolean;
              update: boolean;
            };
            consultation: {
              closesOn: string;
              comments: {
                hidden: number;
                pending: number;
                published: number;
                rejected: number;
              };
              draftTitle: string;
              isOpen: boolean;
              opensOn: string;
            } | null;
            council: {
              answerDue: string | null;
              sessionName: string;
              sessionOn: string;
              term: string;
            } | null;
            counts: {
              answered: number;
              answeredRate: number | null;
              assigned: number;
              overdue: number;
              resolved: number;
              total: number;
            };
            createdAt: string;
            dialogue: {
              chairName: string;
              conclusion: string;
              heldOn: string | null;
              issuesRaised: string;
              noticeOn: string | null;
              noticeText: string;
              participantCount: number | null;
              participantsText: string;
              place: string;
              scheduledOn: string;
              /** @enum {string} */
              state: 'scheduled' | 'held' | 'cancelled';
            } | null;
            documentNumber: string;
            front: {
              docType: ('plan' | 'conclusion') | null;
              draftSentOn: string | null;
              draftTitle: string;
              leadDays: number | null;
              leadDaysRequired: number | null;
              leadOk: boolean | null;
              leadRuleNeedsCheck: boolean;
              submissionOn: string | null;
            } | null;
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
            receivedOn: string;
            sourceItems: {
              answerCount: number;
              answerDocument: string;
              answeredOn: string | null;
              answerText: string;
              can: {
                answer: boolean;
                assign: boolean;
                close: boolean;
                decline: boolean;
                judge: boolean;
                publish: boolean;
                start: boolean;
              };
              closedOn: string | null;
              /** @enum {string} */
              compliance: 'on_time' | 'late' | 'overdue' | 'pending';
              coordinatingUnits: {
                id: number;
                name: string;
              }[];
              createdAt: string;
              declineReason: string;
              dueDate: string | null;
              dueRule: {
                basisText: string;
                code: string;
                limitText: string;
                name: string;
                needsCheck: boolean;
                version: number;
              } | null;
              /** @enum {string} */
              field:
                | 'dat_dai'
                | 'xay_dung_giao_thong'
                | 'moi_truong'
                | 'y_te'
                | 'giao_duc'
                | 'chinh_sach_xa_hoi'
                | 'kinh_te_nong_nghiep'
                | 'hanh_chinh_tu_phap'
                | 'an_ninh_trat_tu'
                | 'khac';
              firstAnsweredOn: string | null;
              id: number;
              isDemo: boolean;
              judgedOn: string | null;
              number: number;
              origin: string;
              ownerName: string;
              published: boolean;
              publishedAt: string | null;
              repeatOf: {
                itemId: number;
                similarity: number;
                sourceId: number;
                sourceTitle: string;
              } | null;
              responsibleUnit: {
                id: number;
                name: string;
              } | null;
              sourceId: number;
              /** @enum {string} */
              sourceKind:
                'dialogue' | 'front_supervision' | 'front_criticism' | 'council_session' | 'consultation';
              sourceTitle: string;
              sourceUnitId: number;
              sourceUnitName: string;
              /** @enum {string} */
              status:
                | 'received'
                | 'in_progress'
                | 'answered'
                | 'satisfied'
                | 'not_satisfied'
                | 're_answered'
                | 'not_taken'
                | 'closed';
              text: string;
              updatedAt: string;
              verdict: ('satisfied' | 'not_satisfied') | null;
              verdictComment: string;
              version: number;
            }[];
            summary: string;
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listAnswerTemplates: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              can: {
                use: boolean;
              };
              createdAt: string;
              id: number;
              name: string;
              text: string;
              unitId: number;
              unitName: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createAnswerTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          text: string;
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              use: boolean;
            };
            createdAt: string;
            id: number;
            name: string;
            text: string;
            unitId: number;
            unitName: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listAnswerUnits: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              code: string;
              depth: number;
              id: number;
              /** @enum {string} */
              kind:
                | 'nation'
                | 'ministry'
                | 'province'
                | 'department'
                | 'district'
                | 'commune'
                | 'public_service'
                | 'state_enterprise'
                | 'front'
                | 'mass_org'
                | 'party_mobilization'
                | 'council';
              name: string;
              parentName: string | null;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listAuditEntries: {
    parameters: {
      query?: {
        action?: string;
        actorId?: number | string;
        entity?: string;
        from?: string;
        page?: number | string;
        pageSize?: number | string;
        to?: string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['AuditView'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  exportAuditEntries: {
    parameters: {
      query?: {
        action?: string;
        actorId?: number | string;
        entity?: string;
        from?: string;
        to?: string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password: string;
          username: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      423: components['responses']['Locked'];
      429: components['responses']['TooManyRequests'];
    };
  };
  deleteSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ok'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ok'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  switchUnit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          assignmentId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listFiles: {
    parameters: {
      query: {
        entity: string;
        entityId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['FileMeta'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  uploadFile: {
    parameters: {
      query: {
        entity: string;
        entityId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description Tệp minh chứng (PDF, ảnh, Word, Excel…)
           */
          file: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FileMeta'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  deleteFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Đã xong (không có nội dung). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  downloadFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listInspections: {
    parameters: {
      query?: {
        kind?: 'inspection' | 'check';
        mode?: 'planned' | 'unplanned';
        overdue?: 'true' | 'false';
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        state?: 'ongoing' | 'concluded';
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              can: {
                addRecommendation: boolean;
                addViolation: boolean;
                conclude: boolean;
                persons: boolean;
                update: boolean;
              };
              conclusionDate: string | null;
              conclusionNumber: string;
              conclusionText: string;
              conductorUnitId: number;
              conductorUnitName: string;
              createdAt: string;
              decisionNumber: string;
              endOn: string | null;
              findings: string;
              id: number;
              isDemo: boolean;
              isPublic: boolean;
              /** @enum {string} */
              kind: 'inspection' | 'check';
              /** @enum {string} */
              mode: 'planned' | 'unplanned';
              planItemId: number | null;
              publicSummary: string;
              recommendations: number;
              recommendationsOpen: number;
              recommendationsOverdue: number;
              scope: string;
              signerName: string;
              signerPosition: string;
              startOn: string;
              /** @enum {string} */
              state: 'ongoing' | 'concluded';
              team: {
                name: string;
                role: string;
              }[];
              title: string;
              unitId: number;
              unitName: string;
              updatedAt: string;
              version: number;
              violations: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createInspection: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          conductorUnitId: number | string;
          /** @default  */
          decisionNumber?: string;
          /** @default null */
          endOn?: string | null;
          /** @default  */
          findings?: string;
          /**
           * @default check
           * @enum {string}
           */
          kind?: 'inspection' | 'check';
          /**
           * @default planned
           * @enum {string}
           */
          mode?: 'planned' | 'unplanned';
          planItemId?: (number | string) | null;
          /** @default  */
          scope?: string;
          startOn: string;
          /** @default [] */
          team?: {
            name: string;
            /** @default  */
            role?: string;
          }[];
          title: string;
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addRecommendation: boolean;
              addViolation: boolean;
              conclude: boolean;
              persons: boolean;
              update: boolean;
            };
            conclusionDate: string | null;
            conclusionNumber: string;
            conclusionText: string;
            conductorUnitId: number;
            conductorUnitName: string;
            createdAt: string;
            decisionNumber: string;
            endOn: string | null;
            findings: string;
            id: number;
            isDemo: boolean;
            isPublic: boolean;
            /** @enum {string} */
            kind: 'inspection' | 'check';
            /** @enum {string} */
            mode: 'planned' | 'unplanned';
            planItemId: number | null;
            publicSummary: string;
            recommendationList: {
              can: {
                update: boolean;
              };
              content: string;
              doneOn: string | null;
              dueOn: string | null;
              evidence: string;
              id: number;
              inspectionId: number;
              overdue: boolean;
              responsibleUnitId: number;
              responsibleUnitName: string;
              /** @enum {string} */
              state: 'open' | 'in_progress' | 'done';
              version: number;
            }[];
            recommendations: number;
            recommendationsOpen: number;
            recommendationsOverdue: number;
            scope: string;
            signerName: string;
            signerPosition: string;
            startOn: string;
            /** @enum {string} */
            state: 'ongoing' | 'concluded';
            team: {
              name: string;
              role: string;
            }[];
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
            violationList: {
              anonymised: boolean;
              can: {
                update: boolean;
              };
              description: string;
              id: number;
              inspectionId: number;
              personName: string;
              personPosition: string;
              personUnit: string;
              /** @enum {string} */
              rule:
                | 'attitude'
                | 'communication'
                | 'arrogance'
                | 'ethics'
                | 'attire'
                | 'working_time'
                | 'abuse_of_power'
                | 'other';
              /** @enum {string} */
              sanction:
                | 'pending'
                | 'reminder'
                | 'reprimand'
                | 'warning'
                | 'salary_downgrade'
                | 'demotion'
                | 'dismissal'
                | 'forced_resignation'
                | 'removal_from_office';
              sanctionDecision: string;
              sanctionOn: string | null;
              version: number;
            }[];
            violations: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getInspection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addRecommendation: boolean;
              addViolation: boolean;
              conclude: boolean;
              persons: boolean;
              update: boolean;
            };
            conclusionDate: string | null;
            conclusionNumber: string;
            conclusionText: string;
            conductorUnitId: number;
            conductorUnitName: string;
            createdAt: string;
            decisionNumber: string;
            endOn: string | null;
            findings: string;
            id: number;
            isDemo: boolean;
            isPublic: boolean;
            /** @enum {string} */
            kind: 'inspection' | 'check';
            /** @enum {string} */
            mode: 'planned' | 'unplanned';
            planItemId: number | null;
            publicSummary: string;
            recommendationList: {
              can: {
                update: boolean;
              };
              content: string;
              doneOn: string | null;
              dueOn: string | null;
              evidence: string;
              id: number;
              inspectionId: number;
              overdue: boolean;
              responsibleUnitId: number;
              responsibleUnitName: string;
              /** @enum {string} */
              state: 'open' | 'in_progress' | 'done';
              version: number;
            }[];
            recommendations: number;
            recommendationsOpen: number;
            recommendationsOverdue: number;
            scope: string;
            signerName: string;
            signerPosition: string;
            startOn: string;
            /** @enum {string} */
            state: 'ongoing' | 'concluded';
            team: {
              name: string;
              role: string;
            }[];
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
            violationList: {
              anonymised: boolean;
              can: {
                update: boolean;
              };
              description: string;
              id: number;
              inspectionId: number;
              personName: string;
              personPosition: string;
              personUnit: string;
              /** @enum {string} */
              rule:
                | 'attitude'
                | 'communication'
                | 'arrogance'
                | 'ethics'
                | 'attire'
                | 'working_time'
                | 'abuse_of_power'
                | 'other';
              /** @enum {string} */
              sanction:
                | 'pending'
                | 'reminder'
                | 'reprimand'
                | 'warning'
                | 'salary_downgrade'
                | 'demotion'
                | 'dismissal'
                | 'forced_resignation'
                | 'removal_from_office';
              sanctionDecision: string;
              sanctionOn: string | null;
              version: number;
            }[];
            violations: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateInspection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          decisionNumber?: string;
          endOn?: string | null;
          expectedVersion: number;
          findings?: string;
          isPublic?: boolean;
          /** @enum {string} */
          kind?: 'inspection' | 'check';
          /** @enum {string} */
          mode?: 'planned' | 'unplanned';
          publicSummary?: string;
          scope?: string;
          startOn?: string;
          team?: {
            name: string;
            /** @default  */
            role?: string;
          }[];
          title?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addRecommendation: boolean;
              addViolation: boolean;
              conclude: boolean;
              persons: boolean;
              update: boolean;
            };
            conclusionDate: string | null;
            conclusionNumber: string;
            conclusionText: string;
            conductorUnitId: number;
            conductorUnitName: string;
            createdAt: string;
            decisionNumber: string;
            endOn: string | null;
            findings: string;
            id: number;
            isDemo: boolean;
            isPublic: boolean;
            /** @enum {string} */
            kind: 'inspection' | 'check';
            /** @enum {string} */
            mode: 'planned' | 'unplanned';
            planItemId: number | null;
            publicSummary: string;
            recommendationList: {
              can: {
                update: boolean;
              };
              content: string;
              doneOn: string | null;
              dueOn: string | null;
              evidence: string;
              id: number;
              inspectionId: number;
              overdue: boolean;
              responsibleUnitId: number;
              responsibleUnitName: string;
              /** @enum {string} */
              state: 'open' | 'in_progress' | 'done';
              version: number;
            }[];
            recommendations: number;
            recommendationsOpen: number;
            recommendationsOverdue: number;
            scope: string;
            signerName: string;
            signerPosition: string;
            startOn: string;
            /** @enum {string} */
            state: 'ongoing' | 'concluded';
            team: {
              name: string;
              role: string;
            }[];
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
            violationList: {
              anonymised: boolean;
              can: {
                update: boolean;
              };
              description: string;
              id: number;
              inspectionId: number;
              personName: string;
              personPosition: string;
              personUnit: string;
              /** @enum {string} */
              rule:
                | 'attitude'
                | 'communication'
                | 'arrogance'
                | 'ethics'
                | 'attire'
                | 'working_time'
                | 'abuse_of_power'
                | 'other';
              /** @enum {string} */
              sanction:
                | 'pending'
                | 'reminder'
                | 'reprimand'
                | 'warning'
                | 'salary_downgrade'
                | 'demotion'
                | 'dismissal'
                | 'forced_resignation'
                | 'removal_from_office';
              sanctionDecision: string;
              sanctionOn: string | null;
              version: number;
            }[];
            violations: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  concludeInspection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          conclusionDate: string;
          conclusionNumber: string;
          conclusionText: string;
          endOn?: string;
          expectedVersion: number;
          /** @default false */
          isPublic?: boolean;
          /** @default  */
          publicSummary?: string;
          signerName: string;
          signerPosition: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addRecommendation: boolean;
              addViolation: boolean;
              conclude: boolean;
              persons: boolean;
              update: boolean;
            };
            conclusionDate: string | null;
            conclusionNumber: string;
            conclusionText: string;
            conductorUnitId: number;
            conductorUnitName: string;
            createdAt: string;
            decisionNumber: string;
            endOn: string | null;
            findings: string;
            id: number;
            isDemo: boolean;
            isPublic: boolean;
            /** @enum {string} */
            kind: 'inspection' | 'check';
            /** @enum {string} */
            mode: 'planned' | 'unplanned';
            planItemId: number | null;
            publicSummary: string;
            recommendationList: {
              can: {
                update: boolean;
              };
              content: string;
              doneOn: string | null;
              dueOn: string | null;
              evidence: string;
              id: number;
              inspectionId: number;
              overdue: boolean;
              responsibleUnitId: number;
              responsibleUnitName: string;
              /** @enum {string} */
              state: 'open' | 'in_progress' | 'done';
              version: number;
            }[];
            recommendations: number;
            recommendationsOpen: number;
            recommendationsOverdue: number;
            scope: string;
            signerName: string;
            signerPosition: string;
            startOn: string;
            /** @enum {string} */
            state: 'ongoing' | 'concluded';
            team: {
              name: string;
              role: string;
            }[];
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
            violationList: {
              anonymised: boolean;
              can: {
                update: boolean;
              };
              description: string;
              id: number;
              inspectionId: number;
              personName: string;
              personPosition: string;
              personUnit: string;
              /** @enum {string} */
              rule:
                | 'attitude'
                | 'communication'
                | 'arrogance'
                | 'ethics'
                | 'attire'
                | 'working_time'
                | 'abuse_of_power'
                | 'other';
              /** @enum {string} */
              sanction:
                | 'pending'
                | 'reminder'
                | 'reprimand'
                | 'warning'
                | 'salary_downgrade'
                | 'demotion'
                | 'dismissal'
                | 'forced_resignation'
                | 'removal_from_office';
              sanctionDecision: string;
              sanctionOn: string | null;
              version: number;
            }[];
            violations: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  downloadInspectionConclusion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createInspectionRecommendation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          content: string;
          /** @default null */
          dueOn?: string | null;
          responsibleUnitId?: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addRecommendation: boolean;
              addViolation: boolean;
              conclude: boolean;
              persons: boolean;
              update: boolean;
            };
            conclusionDate: string | null;
            conclusionNumber: string;
            conclusionText: string;
            conductorUnitId: number;
            conductorUnitName: string;
            createdAt: string;
            decisionNumber: string;
            endOn: string | null;
            findings: string;
            id: number;
            isDemo: boolean;
            isPublic: boolean;
            /** @enum {string} */
            kind: 'inspection' | 'check';
            /** @enum {string} */
            mode: 'planned' | 'unplanned';
            planItemId: number | null;
            publicSummary: string;
            recommendationList: {
              can: {
                update: boolean;
              };
              content: string;
              doneOn: string | null;
              dueOn: string | null;
              evidence: string;
              id: number;
              inspectionId: number;
              overdue: boolean;
              responsibleUnitId: number;
              responsibleUnitName: string;
              /** @enum {string} */
              state: 'open' | 'in_progress' | 'done';
              version: number;
            }[];
            recommendations: number;
            recommendationsOpen: number;
            recommendationsOverdue: number;
            scope: string;
            signerName: string;
            signerPosition: string;
            startOn: string;
            /** @enum {string} */
            state: 'ongoing' | 'concluded';
            team: {
              name: string;
              role: string;
            }[];
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
            violationList: {
              anonymised: boolean;
              can: {
                update: boolean;
              };
              description: string;
              id: number;
              inspectionId: number;
              personName: string;
              personPosition: string;
              personUnit: string;
              /** @enum {string} */
              rule:
                | 'attitude'
                | 'communication'
                | 'arrogance'
                | 'ethics'
                | 'attire'
                | 'working_time'
                | 'abuse_of_power'
                | 'other';
              /** @enum {string} */
              sanction:
                | 'pending'
                | 'reminder'
                | 'reprimand'
                | 'warning'
                | 'salary_downgrade'
                | 'demotion'
                | 'dismissal'
                | 'forced_resignation'
                | 'removal_from_office';
              sanctionDecision: string;
              sanctionOn: string | null;
              version: number;
            }[];
            violations: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  createInspectionViolation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description: string;
          personName: string;
          /** @default  */
          personPosition?: string;
          /** @default  */
          personUnit?: string;
          /** @enum {string} */
          rule:
            | 'attitude'
            | 'communication'
            | 'arrogance'
            | 'ethics'
            | 'attire'
            | 'working_time'
            | 'abuse_of_power'
            | 'other';
          /**
           * @default pending
           * @enum {string}
           */
          sanction?:
            | 'pending'
            | 'reminder'
            | 'reprimand'
            | 'warning'
            | 'salary_downgrade'
            | 'demotion'
            | 'dismissal'
            | 'forced_resignation'
            | 'removal_from_office';
          /** @default  */
          sanctionDecision?: string;
          /** @default null */
          sanctionOn?: string | null;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addRecommendation: boolean;
              addViolation: boolean;
              conclude: boolean;
              persons: boolean;
              update: boolean;
            };
            conclusionDate: string | null;
            conclusionNumber: string;
            conclusionText: string;
            conductorUnitId: number;
            conductorUnitName: string;
            createdAt: string;
            decisionNumber: string;
            endOn: string | null;
            findings: string;
            id: number;
            isDemo: boolean;
            isPublic: boolean;
            /** @enum {string} */
            kind: 'inspection' | 'check';
            /** @enum {string} */
            mode: 'planned' | 'unplanned';
            planItemId: number | null;
            publicSummary: string;
            recommendationList: {
              can: {
                update: boolean;
              };
              content: string;
              doneOn: string | null;
              dueOn: string | null;
              evidence: string;
              id: number;
              inspectionId: number;
              overdue: boolean;
              responsibleUnitId: number;
              responsibleUnitName: string;
              /** @enum {string} */
              state: 'open' | 'in_progress' | 'done';
              version: number;
            }[];
            recommendations: number;
            recommendationsOpen: number;
            recommendationsOverdue: number;
            scope: string;
            signerName: string;
            signerPosition: string;
            startOn: string;
            /** @enum {string} */
            state: 'ongoing' | 'concluded';
            team: {
              name: string;
              role: string;
            }[];
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
            violationList: {
              anonymised: boolean;
              can: {
                update: boolean;
              };
              description: string;
              id: number;
              inspectionId: number;
              personName: string;
              personPosition: string;
              personUnit: string;
              /** @enum {string} */
              rule:
                | 'attitude'
                | 'communication'
                | 'arrogance'
                | 'ethics'
                | 'attire'
                | 'working_time'
                | 'abuse_of_power'
                | 'other';
              /** @enum {string} */
              sanction:
                | 'pending'
                | 'reminder'
                | 'reprimand'
                | 'warning'
                | 'salary_downgrade'
                | 'demotion'
                | 'dismissal'
                | 'forced_resignation'
                | 'removal_from_office';
              sanctionDecision: string;
              sanctionOn: string | null;
              version: number;
            }[];
            violations: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  exportInspections: {
    parameters: {
      query?: {
        kind?: 'inspection' | 'check';
        mode?: 'planned' | 'unplanned';
        overdue?: 'true' | 'false';
        q?: string;
        state?: 'ongoing' | 'concluded';
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listInspectionPlans: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              approvedOn: string | null;
              can: {
                update: boolean;
              };
              compliance: {
                concluded: number;
                overdue: number;
                percentDone: number | null;
                planned: number;
                started: number;
                upcoming: number;
              };
              decisionNumber: string;
              id: number;
              isDemo: boolean;
              title: string;
              unitId: number;
              unitName: string;
              version: number;
              year: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createInspectionPlan: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default null */
          approvedOn?: string | null;
          /** @default  */
          decisionNumber?: string;
          title: string;
          unitId: number | string;
          year: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvedOn: string | null;
            can: {
              update: boolean;
            };
            compliance: {
              concluded: number;
              overdue: number;
              percentDone: number | null;
              planned: number;
              started: number;
              upcoming: number;
            };
            decisionNumber: string;
            id: number;
            isDemo: boolean;
            planItems: {
              content: string;
              id: number;
              inspectionId: number | null;
              /** @enum {string} */
              kind: 'inspection' | 'check';
              month: number;
              planId: number;
              /** @enum {string} */
              status: 'concluded' | 'started' | 'overdue' | 'upcoming';
              unitId: number;
              unitName: string;
            }[];
            title: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getInspectionPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvedOn: string | null;
            can: {
              update: boolean;
            };
            compliance: {
              concluded: number;
              overdue: number;
              percentDone: number | null;
              planned: number;
              started: number;
              upcoming: number;
            };
            decisionNumber: string;
            id: number;
            isDemo: boolean;
            planItems: {
              content: string;
              id: number;
              inspectionId: number | null;
              /** @enum {string} */
              kind: 'inspection' | 'check';
              month: number;
              planId: number;
              /** @enum {string} */
              status: 'concluded' | 'started' | 'overdue' | 'upcoming';
              unitId: number;
              unitName: string;
            }[];
            title: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateInspectionPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          approvedOn?: string | null;
          decisionNumber?: string;
          expectedVersion: number;
          title?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvedOn: string | null;
            can: {
              update: boolean;
            };
            compliance: {
              concluded: number;
              overdue: number;
              percentDone: number | null;
              planned: number;
              started: number;
              upcoming: number;
            };
            decisionNumber: string;
            id: number;
            isDemo: boolean;
            planItems: {
              content: string;
              id: number;
              inspectionId: number | null;
              /** @enum {string} */
              kind: 'inspection' | 'check';
              month: number;
              planId: number;
              /** @enum {string} */
              status: 'concluded' | 'started' | 'overdue' | 'upcoming';
              unitId: number;
              unitName: string;
            }[];
            title: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  addInspectionPlanItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          content?: string;
          expectedVersion: number;
          /**
           * @default check
           * @enum {string}
           */
          kind?: 'inspection' | 'check';
          month: number;
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvedOn: string | null;
            can: {
              update: boolean;
            };
            compliance: {
              concluded: number;
              overdue: number;
              percentDone: number | null;
              planned: number;
              started: number;
              upcoming: number;
            };
            decisionNumber: string;
            id: number;
            isDemo: boolean;
            planItems: {
              content: string;
              id: number;
              inspectionId: number | null;
              /** @enum {string} */
              kind: 'inspection' | 'check';
              month: number;
              planId: number;
              /** @enum {string} */
              status: 'concluded' | 'started' | 'overdue' | 'upcoming';
              unitId: number;
              unitName: string;
            }[];
            title: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  updateInspectionRecommendation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          content?: string;
          doneOn?: string | null;
          dueOn?: string | null;
          evidence?: string;
          expectedVersion: number;
          /** @enum {string} */
          state?: 'open' | 'in_progress' | 'done';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addRecommendation: boolean;
              addViolation: boolean;
              conclude: boolean;
              persons: boolean;
              update: boolean;
            };
            conclusionDate: string | null;
            conclusionNumber: string;
            conclusionText: string;
            conductorUnitId: number;
            conductorUnitName: string;
            createdAt: string;
            decisionNumber: string;
            endOn: string | null;
            findings: string;
            id: number;
            isDemo: boolean;
            isPublic: boolean;
            /** @enum {string} */
            kind: 'inspection' | 'check';
            /** @enum {string} */
            mode: 'planned' | 'unplanned';
            planItemId: number | null;
            publicSummary: string;
            recommendationList: {
              can: {
                update: boolean;
              };
              content: string;
              doneOn: string | null;
              dueOn: string | null;
              evidence: string;
              id: number;
              inspectionId: number;
              overdue: boolean;
              responsibleUnitId: number;
              responsibleUnitName: string;
              /** @enum {string} */
              state: 'open' | 'in_progress' | 'done';
              version: number;
            }[];
            recommendations: number;
            recommendationsOpen: number;
            recommendationsOverdue: number;
            scope: string;
            signerName: string;
            signerPosition: string;
            startOn: string;
            /** @enum {string} */
            state: 'ongoing' | 'concluded';
            team: {
              name: string;
              role: string;
            }[];
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
            violationList: {
              anonymised: boolean;
              can: {
                update: boolean;
              };
              description: string;
              id: number;
              inspectionId: number;
              personName: string;
              personPosition: string;
              personUnit: string;
              /** @enum {string} */
              rule:
                | 'attitude'
                | 'communication'
                | 'arrogance'
                | 'ethics'
                | 'attire'
                | 'working_time'
                | 'abuse_of_power'
                | 'other';
              /** @enum {string} */
              sanction:
                | 'pending'
                | 'reminder'
                | 'reprimand'
                | 'warning'
                | 'salary_downgrade'
                | 'demotion'
                | 'dismissal'
                | 'forced_resignation'
                | 'removal_from_office';
              sanctionDecision: string;
              sanctionOn: string | null;
              version: number;
            }[];
            violations: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  readInspectionReference: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            rules: {
              basis: string;
              /** @enum {string} */
              code:
                | 'attitude'
                | 'communication'
                | 'arrogance'
                | 'ethics'
                | 'attire'
                | 'working_time'
                | 'abuse_of_power'
                | 'other';
              en: string;
              needsCheck: boolean;
              vi: string;
            }[];
            sanctions: {
              basis: string;
              /** @enum {string} */
              code:
                | 'pending'
                | 'reminder'
                | 'reprimand'
                | 'warning'
                | 'salary_downgrade'
                | 'demotion'
                | 'dismissal'
                | 'forced_resignation'
                | 'removal_from_office';
              disciplinary: boolean;
              en: string;
              needsCheck: boolean;
              vi: string;
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateInspectionViolation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          expectedVersion: number;
          personName?: string;
          personPosition?: string;
          personUnit?: string;
          /** @enum {string} */
          rule?:
            | 'attitude'
            | 'communication'
            | 'arrogance'
            | 'ethics'
            | 'attire'
            | 'working_time'
            | 'abuse_of_power'
            | 'other';
          /** @enum {string} */
          sanction?:
            | 'pending'
            | 'reminder'
            | 'reprimand'
            | 'warning'
            | 'salary_downgrade'
            | 'demotion'
            | 'dismissal'
            | 'forced_resignation'
            | 'removal_from_office';
          sanctionDecision?: string;
          sanctionOn?: string | null;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addRecommendation: boolean;
              addViolation: boolean;
              conclude: boolean;
              persons: boolean;
              update: boolean;
            };
            conclusionDate: string | null;
            conclusionNumber: string;
            conclusionText: string;
            conductorUnitId: number;
            conductorUnitName: string;
            createdAt: string;
            decisionNumber: string;
            endOn: string | null;
            findings: string;
            id: number;
            isDemo: boolean;
            isPublic: boolean;
            /** @enum {string} */
            kind: 'inspection' | 'check';
            /** @enum {string} */
            mode: 'planned' | 'unplanned';
            planItemId: number | null;
            publicSummary: string;
            recommendationList: {
              can: {
                update: boolean;
              };
              content: string;
              doneOn: string | null;
              dueOn: string | null;
              evidence: string;
              id: number;
              inspectionId: number;
              overdue: boolean;
              responsibleUnitId: number;
              responsibleUnitName: string;
              /** @enum {string} */
              state: 'open' | 'in_progress' | 'done';
              version: number;
            }[];
            recommendations: number;
            recommendationsOpen: number;
            recommendationsOverdue: number;
            scope: string;
            signerName: string;
            signerPosition: string;
            startOn: string;
            /** @enum {string} */
            state: 'ongoing' | 'concluded';
            team: {
              name: string;
              role: string;
            }[];
            title: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
            violationList: {
              anonymised: boolean;
              can: {
                update: boolean;
              };
              description: string;
              id: number;
              inspectionId: number;
              personName: string;
              personPosition: string;
              personUnit: string;
              /** @enum {string} */
              rule:
                | 'attitude'
                | 'communication'
                | 'arrogance'
                | 'ethics'
                | 'attire'
                | 'working_time'
                | 'abuse_of_power'
                | 'other';
              /** @enum {string} */
              sanction:
                | 'pending'
                | 'reminder'
                | 'reprimand'
                | 'warning'
                | 'salary_downgrade'
                | 'demotion'
                | 'dismissal'
                | 'forced_resignation'
                | 'removal_from_office';
              sanctionDecision: string;
              sanctionOn: string | null;
              version: number;
            }[];
            violations: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listCalendarDays: {
    parameters: {
      query?: {
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              basis: string;
              can: {
                delete: boolean;
                update: boolean;
              };
              date: string;
              id: number;
              name: string;
              needsCheck: boolean;
              updatedAt: string;
              workday: boolean;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createCalendarDay: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          basis?: string;
          date: string;
          name: string;
          /** @default false */
          needsCheck?: boolean;
          /** @default false */
          workday?: boolean;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            basis: string;
            can: {
              delete: boolean;
              update: boolean;
            };
            date: string;
            id: number;
            name: string;
            needsCheck: boolean;
            updatedAt: string;
            workday: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  deleteCalendarDay: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Đã xong (không có nội dung). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  updateCalendarDay: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          basis?: string;
          date?: string;
          name?: string;
          needsCheck?: boolean;
          workday?: boolean;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            basis: string;
            can: {
              delete: boolean;
              update: boolean;
            };
            date: string;
            id: number;
            name: string;
            needsCheck: boolean;
            updatedAt: string;
            workday: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  previewLegalDeadline: {
    parameters: {
      query: {
        code: string;
        complex?: string;
        extension?: number | string;
        remoteArea?: string;
        secondInstance?: string;
        start: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            basisText: string;
            dueAt: string | null;
            dueDate: string;
            limitText: string;
            needsCheck: boolean;
            ruleId: number;
            ruleName: string;
            start: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listTimeLimitRules: {
    parameters: {
      query?: {
        asOf?: string;
        code?: string;
        includeRetired?: string;
        needsCheck?: string;
        page?: number | string;
        pageSize?: number | string;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              basis: {
                article: string | null;
                clause: string | null;
                law: string;
              };
              basisText: string;
              can: {
                retire: boolean;
                update: boolean;
              };
              code: string;
              conditions: {
                complex?: boolean | null;
                extension?: number | null;
                remoteArea?: boolean | null;
                secondInstance?: boolean | null;
              };
              effectiveFrom: string;
              effectiveTo: string | null;
              id: number;
              limitText: string;
              name: string;
              needsCheck: boolean;
              note: string | null;
              previousVersionId: number | null;
              retiredAt: string | null;
              /** @enum {string} */
              unit: 'calendar_days' | 'working_days' | 'working_hours' | 'days_per_week' | 'days_per_month';
              updatedAt: string;
              usedAt: string | null;
              value: number;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createTimeLimitRule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          basis: {
            article?: string | null;
            clause?: string | null;
            law: string;
          };
          code: string;
          /** @default {} */
          conditions?: {
            complex?: boolean | null;
            extension?: number | null;
            remoteArea?: boolean | null;
            secondInstance?: boolean | null;
          };
          effectiveFrom: string;
          /** @default null */
          effectiveTo?: string | null;
          name: string;
          /** @default false */
          needsCheck?: boolean;
          note?: string | null;
          /** @enum {string} */
          unit: 'calendar_days' | 'working_days' | 'working_hours' | 'days_per_week' | 'days_per_month';
          value: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            basis: {
              article: string | null;
              clause: string | null;
              law: string;
            };
            basisText: string;
            can: {
              retire: boolean;
              update: boolean;
            };
            code: string;
            conditions: {
              complex?: boolean | null;
              extension?: number | null;
              remoteArea?: boolean | null;
              secondInstance?: boolean | null;
            };
            effectiveFrom: string;
            effectiveTo: string | null;
            id: number;
            limitText: string;
            name: string;
            needsCheck: boolean;
            note: string | null;
            previousVersionId: number | null;
            retiredAt: string | null;
            /** @enum {string} */
            unit: 'calendar_days' | 'working_days' | 'working_hours' | 'days_per_week' | 'days_per_month';
            updatedAt: string;
            usedAt: string | null;
            value: number;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  updateTimeLimitRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          basis?: {
            article?: string | null;
            clause?: string | null;
            law: string;
          };
          conditions?: {
            complex?: boolean | null;
            extension?: number | null;
            remoteArea?: boolean | null;
            secondInstance?: boolean | null;
          };
          effectiveFrom?: string;
          effectiveTo?: string | null;
          name?: string;
          needsCheck?: boolean;
          note?: string | null;
          /** @enum {string} */
          unit?: 'calendar_days' | 'working_days' | 'working_hours' | 'days_per_week' | 'days_per_month';
          value?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            basis: {
              article: string | null;
              clause: string | null;
              law: string;
            };
            basisText: string;
            can: {
              retire: boolean;
              update: boolean;
            };
            code: string;
            conditions: {
              complex?: boolean | null;
              extension?: number | null;
              remoteArea?: boolean | null;
              secondInstance?: boolean | null;
            };
            effectiveFrom: string;
            effectiveTo: string | null;
            id: number;
            limitText: string;
            name: string;
            needsCheck: boolean;
            note: string | null;
            previousVersionId: number | null;
            retiredAt: string | null;
            /** @enum {string} */
            unit: 'calendar_days' | 'working_days' | 'working_hours' | 'days_per_week' | 'days_per_month';
            updatedAt: string;
            usedAt: string | null;
            value: number;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  retireTimeLimitRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          effectiveTo: string;
          reason: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            basis: {
              article: string | null;
              clause: string | null;
              law: string;
            };
            basisText: string;
            can: {
              retire: boolean;
              update: boolean;
            };
            code: string;
            conditions: {
              complex?: boolean | null;
              extension?: number | null;
              remoteArea?: boolean | null;
              secondInstance?: boolean | null;
            };
            effectiveFrom: string;
            effectiveTo: string | null;
            id: number;
            limitText: string;
            name: string;
            needsCheck: boolean;
            note: string | null;
            previousVersionId: number | null;
            retiredAt: string | null;
            /** @enum {string} */
            unit: 'calendar_days' | 'working_days' | 'working_hours' | 'days_per_week' | 'days_per_month';
            updatedAt: string;
            usedAt: string | null;
            value: number;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getMeta: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeploymentMeta'];
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  listModels: {
    parameters: {
      query?: {
        field?: 'economy' | 'culture_society' | 'defence_security' | 'political_system';
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        state?: 'registered' | 'running' | 'evaluated' | 'recognised' | 'replicated' | 'stopped';
        subject?: 'collective' | 'individual';
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              can: {
                addCommendation: boolean;
                addResult: boolean;
                evaluate: boolean;
                recognise: boolean;
                replicate: boolean;
                resume: boolean;
                start: boolean;
                stop: boolean;
                update: boolean;
              };
              createdAt: string;
              endOn: string | null;
              /** @enum {string} */
              field: 'economy' | 'culture_society' | 'defence_security' | 'political_system';
              id: number;
              isDemo: boolean;
              latestScore: {
                maxTotal: number;
                passed: boolean;
                total: number;
              } | null;
              name: string;
              personName: string;
              publicSummary: string;
              recognisedLevel: ('commune' | 'district' | 'province' | 'central') | null;
              recognisedOn: string | null;
              recognitionDecision: string;
              registeredOn: string;
              registration: {
                areaBeneficiaries: string;
                contentMethod: string;
                forces: string;
                goals: string;
                resources: string;
                situation: string;
                timeline: string;
                verifiableResults: string;
              };
              replicatedOn: string | null;
              replicationNote: string;
              startedOn: string | null;
              startOn: string | null;
              /** @enum {string} */
              state: 'registered' | 'running' | 'evaluated' | 'recognised' | 'replicated' | 'stopped';
              stoppedOn: string | null;
              stopReason: string;
              /** @enum {string} */
              subject: 'collective' | 'individual';
              unitId: number;
              unitName: string;
              updatedAt: string;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createModel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default null */
          endOn?: string | null;
          /** @enum {string} */
          field: 'economy' | 'culture_society' | 'defence_security' | 'political_system';
          name: string;
          /** @default  */
          personName?: string;
          /** @default  */
          publicSummary?: string;
          registeredOn: string;
          registration: {
            /** @default  */
            areaBeneficiaries?: string;
            contentMethod: string;
            /** @default  */
            forces?: string;
            goals: string;
            /** @default  */
            resources?: string;
            situation: string;
            /** @default  */
            timeline?: string;
            /** @default  */
            verifiableResults?: string;
          };
          /** @default null */
          startOn?: string | null;
          /**
           * @default collective
           * @enum {string}
           */
          subject?: 'collective' | 'individual';
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addCommendation: boolean;
              addResult: boolean;
              evaluate: boolean;
              recognise: boolean;
              replicate: boolean;
              resume: boolean;
              start: boolean;
              stop: boolean;
              update: boolean;
            };
            createdAt: string;
            endOn: string | null;
            evaluations: {
              conclusion: string;
              createdAt: string;
              evaluatedOn: string;
              evaluatorName: string;
              id: number;
              maxTotal: number;
              modelId: number;
              passed: boolean;
              passPercent: number;
              percent: number;
              scores: {
                code: string;
                comment: string;
                criterionId: number;
                maxPoints: number;
                name: string;
                points: number;
              }[];
              total: number;
            }[];
            /** @enum {string} */
            field: 'economy' | 'culture_society' | 'defence_security' | 'political_system';
            id: number;
            isDemo: boolean;
            latestScore: {
              maxTotal: number;
              passed: boolean;
              total: number;
            } | null;
            name: string;
            personName: string;
            publicSummary: string;
            recognisedLevel: ('commune' | 'district' | 'province' | 'central') | null;
            recognisedOn: string | null;
            recognitionDecision: string;
            registeredOn: string;
            registration: {
              areaBeneficiaries: string;
              contentMethod: string;
              forces: string;
              goals: string;
              resources: string;
              situation: string;
              timeline: string;
              verifiableResults: string;
            };
            replicatedOn: string | null;
            replicationNote: string;
            results: {
              content: string;
              createdAt: string;
              figures: {
                label: string;
                unit: string;
                value: number;
              }[];
              id: number;
              modelId: number;
              reportedOn: string;
            }[];
            startedOn: string | null;
            startOn: string | null;
            /** @enum {string} */
            state: 'registered' | 'running' | 'evaluated' | 'recognised' | 'replicated' | 'stopped';
            stoppedOn: string | null;
            stopReason: string;
            /** @enum {string} */
            subject: 'collective' | 'individual';
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addCommendation: boolean;
              addResult: boolean;
              evaluate: boolean;
              recognise: boolean;
              replicate: boolean;
              resume: boolean;
              start: boolean;
              stop: boolean;
              update: boolean;
            };
            createdAt: string;
            endOn: string | null;
            evaluations: {
              conclusion: string;
              createdAt: string;
              evaluatedOn: string;
              evaluatorName: string;
              id: number;
              maxTotal: number;
              modelId: number;
              passed: boolean;
              passPercent: number;
              percent: number;
              scores: {
                code: string;
                comment: string;
                criterionId: number;
                maxPoints: number;
                name: string;
                points: number;
              }[];
              total: number;
            }[];
            /** @enum {string} */
            field: 'economy' | 'culture_society' | 'defence_security' | 'political_system';
            id: number;
            isDemo: boolean;
            latestScore: {
              maxTotal: number;
              passed: boolean;
              total: number;
            } | null;
            name: string;
            personName: string;
            publicSummary: string;
            recognisedLevel: ('commune' | 'district' | 'province' | 'central') | null;
            recognisedOn: string | null;
            recognitionDecision: string;
            registeredOn: string;
            registration: {
              areaBeneficiaries: string;
              contentMethod: string;
              forces: string;
              goals: string;
              resources: string;
              situation: string;
              timeline: string;
              verifiableResults: string;
            };
            replicatedOn: string | null;
            replicationNote: string;
            results: {
              content: string;
              createdAt: string;
              figures: {
                label: string;
                unit: string;
                value: number;
              }[];
              id: number;
              modelId: number;
              reportedOn: string;
            }[];
            startedOn: string | null;
            startOn: string | null;
            /** @enum {string} */
            state: 'registered' | 'running' | 'evaluated' | 'recognised' | 'replicated' | 'stopped';
            stoppedOn: string | null;
            stopReason: string;
            /** @enum {string} */
            subject: 'collective' | 'individual';
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          endOn?: string | null;
          expectedVersion: number;
          /** @enum {string} */
          field?: 'economy' | 'culture_society' | 'defence_security' | 'political_system';
          name?: string;
          personName?: string;
          publicSummary?: string;
          registeredOn?: string;
          registration?: {
            /** @default  */
            areaBeneficiaries?: string;
            contentMethod?: string;
            /** @default  */
            forces?: string;
            goals?: string;
            /** @default  */
            resources?: string;
            situation?: string;
            /** @default  */
            timeline?: string;
            /** @default  */
            verifiableResults?: string;
          };
          startOn?: string | null;
          /** @enum {string} */
          subject?: 'collective' | 'individual';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addCommendation: boolean;
              addResult: boolean;
              evaluate: boolean;
              recognise: boolean;
              replicate: boolean;
              resume: boolean;
              start: boolean;
              stop: boolean;
              update: boolean;
            };
            createdAt: string;
            endOn: string | null;
            evaluations: {
              conclusion: string;
              createdAt: string;
              evaluatedOn: string;
              evaluatorName: string;
              id: number;
              maxTotal: number;
              modelId: number;
              passed: boolean;
              passPercent: number;
              percent: number;
              scores: {
                code: string;
                comment: string;
                criterionId: number;
                maxPoints: number;
                name: string;
                points: number;
              }[];
              total: number;
            }[];
            /** @enum {string} */
            field: 'economy' | 'culture_society' | 'defence_security' | 'political_system';
            id: number;
            isDemo: boolean;
            latestScore: {
              maxTotal: number;
              passed: boolean;
              total: number;
            } | null;
            name: string;
            personName: string;
            publicSummary: string;
            recognisedLevel: ('commune' | 'district' | 'province' | 'central') | null;
            recognisedOn: string | null;
            recognitionDecision: string;
            registeredOn: string;
            registration: {
              areaBeneficiaries: string;
              contentMethod: string;
              forces: string;
              goals: string;
              resources: string;
              situation: string;
              timeline: string;
              verifiableResults: string;
            };
            replicatedOn: string | null;
            replicationNote: string;
            results: {
              content: string;
              createdAt: string;
              figures: {
                label: string;
                unit: string;
                value: number;
              }[];
              id: number;
              modelId: number;
              reportedOn: string;
            }[];
            startedOn: string | null;
            startOn: string | null;
            /** @enum {string} */
            state: 'registered' | 'running' | 'evaluated' | 'recognised' | 'replicated' | 'stopped';
            stoppedOn: string | null;
            stopReason: string;
            /** @enum {string} */
            subject: 'collective' | 'individual';
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  evaluateModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          conclusion?: string;
          evaluatedOn: string;
          /** @default  */
          evaluatorName?: string;
          expectedVersion: number;
          scores: {
            /** @default  */
            comment?: string;
            criterionId: number | string;
            points: number;
          }[];
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addCommendation: boolean;
              addResult: boolean;
              evaluate: boolean;
              recognise: boolean;
              replicate: boolean;
              resume: boolean;
              start: boolean;
              stop: boolean;
              update: boolean;
            };
            createdAt: string;
            endOn: string | null;
            evaluations: {
              conclusion: string;
              createdAt: string;
              evaluatedOn: string;
              evaluatorName: string;
              id: number;
              maxTotal: number;
              modelId: number;
              passed: boolean;
              passPercent: number;
              percent: number;
              scores: {
                code: string;
                comment: string;
                criterionId: number;
                maxPoints: number;
                name: string;
                points: number;
              }[];
              total: number;
            }[];
            /** @enum {string} */
            field: 'economy' | 'culture_society' | 'defence_security' | 'political_system';
            id: number;
            isDemo: boolean;
            latestScore: {
              maxTotal: number;
              passed: boolean;
              total: number;
            } | null;
            name: string;
            personName: string;
            publicSummary: string;
            recognisedLevel: ('commune' | 'district' | 'province' | 'central') | null;
            recognisedOn: string | null;
            recognitionDecision: string;
            registeredOn: string;
            registration: {
              areaBeneficiaries: string;
              contentMethod: string;
              forces: string;
              goals: string;
              resources: string;
              situation: string;
              timeline: string;
              verifiableResults: string;
            };
            replicatedOn: string | null;
            replicationNote: string;
            results: {
              content: string;
              createdAt: string;
              figures: {
                label: string;
                unit: string;
                value: number;
              }[];
              id: number;
              modelId: number;
              reportedOn: string;
            }[];
            startedOn: string | null;
            startOn: string | null;
            /** @enum {string} */
            state: 'registered' | 'running' | 'evaluated' | 'recognised' | 'replicated' | 'stopped';
            stoppedOn: string | null;
            stopReason: string;
            /** @enum {string} */
            subject: 'collective' | 'individual';
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  recogniseModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          decision: string;
          expectedVersion: number;
          /** @enum {string} */
          level: 'commune' | 'district' | 'province' | 'central';
          on?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addCommendation: boolean;
              addResult: boolean;
              evaluate: boolean;
              recognise: boolean;
              replicate: boolean;
              resume: boolean;
              start: boolean;
              stop: boolean;
              update: boolean;
            };
            createdAt: string;
            endOn: string | null;
            evaluations: {
              conclusion: string;
              createdAt: string;
              evaluatedOn: string;
              evaluatorName: string;
              id: number;
              maxTotal: number;
              modelId: number;
              passed: boolean;
              passPercent: number;
              percent: number;
              scores: {
                code: string;
                comment: string;
                criterionId: number;
                maxPoints: number;
                name: string;
                points: number;
              }[];
              total: number;
            }[];
            /** @enum {string} */
            field: 'economy' | 'culture_society' | 'defence_security' | 'political_system';
            id: number;
            isDemo: boolean;
            latestScore: {
              maxTotal: number;
              passed: boolean;
              total: number;
            } | null;
            name: string;
            personName: string;
            publicSummary: string;
            recognisedLevel: ('commune' | 'district' | 'province' | 'central') | null;
            recognisedOn: string | null;
            recognitionDecision: string;
            registeredOn: string;
            registration: {
              areaBeneficiaries: string;
              contentMethod: string;
              forces: string;
              goals: string;
              resources: string;
              situation: string;
              timeline: string;
              verifiableResults: string;
            };
            replicatedOn: string | null;
            replicationNote: string;
            results: {
              content: string;
              createdAt: string;
              figures: {
                label: string;
                unit: string;
                value: number;
              }[];
              id: number;
              modelId: number;
              reportedOn: string;
            }[];
            startedOn: string | null;
            startOn: string | null;
            /** @enum {string} */
            state: 'registered' | 'running' | 'evaluated' | 'recognised' | 'replicated' | 'stopped';
            stoppedOn: string | null;
            stopReason: string;
            /** @enum {string} */
            subject: 'collective' | 'individual';
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  replicateModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion: number;
          note: string;
          on?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addCommendation: boolean;
              addResult: boolean;
              evaluate: boolean;
              recognise: boolean;
              replicate: boolean;
              resume: boolean;
              start: boolean;
              stop: boolean;
              update: boolean;
            };
            createdAt: string;
            endOn: string | null;
            evaluations: {
              conclusion: string;
              createdAt: string;
              evaluatedOn: string;
              evaluatorName: string;
              id: number;
              maxTotal: number;
              modelId: number;
              passed: boolean;
              passPercent: number;
              percent: number;
              scores: {
                code: string;
                comment: string;
                criterionId: number;
                maxPoints: number;
                name: string;
                points: number;
              }[];
              total: number;
            }[];
            /** @enum {string} */
            field: 'economy' | 'culture_society' | 'defence_security' | 'political_system';
            id: number;
            isDemo: boolean;
            latestScore: {
              maxTotal: number;
              passed: boolean;
              total: number;
            } | null;
            name: string;
            personName: string;
            publicSummary: string;
            recognisedLevel: ('commune' | 'district' | 'province' | 'central') | null;
            recognisedOn: string | null;
            recognitionDecision: string;
            registeredOn: string;
            registration: {
              areaBeneficiaries: string;
              contentMethod: string;
              forces: string;
              goals: string;
              resources: string;
              situation: string;
              timeline: string;
              verifiableResults: string;
            };
            replicatedOn: string | null;
            replicationNote: string;
            results: {
              content: string;
              createdAt: string;
              figures: {
                label: string;
                unit: string;
                value: number;
              }[];
              id: number;
              modelId: number;
              reportedOn: string;
            }[];
            startedOn: string | null;
            startOn: string | null;
            /** @enum {string} */
            state: 'registered' | 'running' | 'evaluated' | 'recognised' | 'replicated' | 'stopped';
            stoppedOn: string | null;
            stopReason: string;
            /** @enum {string} */
            subject: 'collective' | 'individual';
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  addModelResult: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          content: string;
          /** @default [] */
          figures?: {
            label: string;
            /** @default  */
            unit?: string;
            value: number;
          }[];
          reportedOn: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addCommendation: boolean;
              addResult: boolean;
              evaluate: boolean;
              recognise: boolean;
              replicate: boolean;
              resume: boolean;
              start: boolean;
              stop: boolean;
              update: boolean;
            };
            createdAt: string;
            endOn: string | null;
            evaluations: {
              conclusion: string;
              createdAt: string;
              evaluatedOn: string;
              evaluatorName: string;
              id: number;
              maxTotal: number;
              modelId: number;
              passed: boolean;
              passPercent: number;
              percent: number;
              scores: {
                code: string;
                comment: string;
                criterionId: number;
                maxPoints: number;
                name: string;
                points: number;
              }[];
              total: number;
            }[];
            /** @enum {string} */
            field: 'economy' | 'culture_society' | 'defence_security' | 'political_system';
            id: number;
            isDemo: boolean;
            latestScore: {
              maxTotal: number;
              passed: boolean;
              total: number;
            } | null;
            name: string;
            personName: string;
            publicSummary: string;
            recognisedLevel: ('commune' | 'district' | 'province' | 'central') | null;
            recognisedOn: string | null;
            recognitionDecision: string;
            registeredOn: string;
            registration: {
              areaBeneficiaries: string;
              contentMethod: string;
              forces: string;
              goals: string;
              resources: string;
              situation: string;
              timeline: string;
              verifiableResults: string;
            };
            replicatedOn: string | null;
            replicationNote: string;
            results: {
              content: string;
              createdAt: string;
              figures: {
                label: string;
                unit: string;
                value: number;
              }[];
              id: number;
              modelId: number;
              reportedOn: string;
            }[];
            startedOn: string | null;
            startOn: string | null;
            /** @enum {string} */
            state: 'registered' | 'running' | 'evaluated' | 'recognised' | 'replicated' | 'stopped';
            stoppedOn: string | null;
            stopReason: string;
            /** @enum {string} */
            subject: 'collective' | 'individual';
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  resumeModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion: number;
          on?: string;
          reason: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addCommendation: boolean;
              addResult: boolean;
              evaluate: boolean;
              recognise: boolean;
              replicate: boolean;
              resume: boolean;
              start: boolean;
              stop: boolean;
              update: boolean;
            };
            createdAt: string;
            endOn: string | null;
            evaluations: {
              conclusion: string;
              createdAt: string;
              evaluatedOn: string;
              evaluatorName: string;
              id: number;
              maxTotal: number;
              modelId: number;
              passed: boolean;
              passPercent: number;
              percent: number;
              scores: {
                code: string;
                comment: string;
                criterionId: number;
                maxPoints: number;
                name: string;
                points: number;
              }[];
              total: number;
            }[];
            /** @enum {string} */
            field: 'economy' | 'culture_society' | 'defence_security' | 'political_system';
            id: number;
            isDemo: boolean;
            latestScore: {
              maxTotal: number;
              passed: boolean;
              total: number;
            } | null;
            name: string;
            personName: string;
            publicSummary: string;
            recognisedLevel: ('commune' | 'district' | 'province' | 'central') | null;
            recognisedOn: string | null;
            recognitionDecision: string;
            registeredOn: string;
            registration: {
              areaBeneficiaries: string;
              contentMethod: string;
              forces: string;
              goals: string;
              resources: string;
              situation: string;
              timeline: string;
              verifiableResults: string;
            };
            replicatedOn: string | null;
            replicationNote: string;
            results: {
              content: string;
              createdAt: string;
              figures: {
                label: string;
                unit: string;
                value: number;
              }[];
              id: number;
              modelId: number;
              reportedOn: string;
            }[];
            startedOn: string | null;
            startOn: string | null;
            /** @enum {string} */
            state: 'registered' | 'running' | 'evaluated' | 'recognised' | 'replicated' | 'stopped';
            stoppedOn: string | null;
            stopReason: string;
            /** @enum {string} */
            subject: 'collective' | 'individual';
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  startModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion: number;
          on?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addCommendation: boolean;
              addResult: boolean;
              evaluate: boolean;
              recognise: boolean;
              replicate: boolean;
              resume: boolean;
              start: boolean;
              stop: boolean;
              update: boolean;
            };
            createdAt: string;
            endOn: string | null;
            evaluations: {
              conclusion: string;
              createdAt: string;
              evaluatedOn: string;
              evaluatorName: string;
              id: number;
              maxTotal: number;
              modelId: number;
              passed: boolean;
              passPercent: number;
              percent: number;
              scores: {
                code: string;
                comment: string;
                criterionId: number;
                maxPoints: number;
                name: string;
                points: number;
              }[];
              total: number;
            }[];
            /** @enum {string} */
            field: 'economy' | 'culture_society' | 'defence_security' | 'political_system';
            id: number;
            isDemo: boolean;
            latestScore: {
              maxTotal: number;
              passed: boolean;
              total: number;
            } | null;
            name: string;
            personName: string;
            publicSummary: string;
            recognisedLevel: ('commune' | 'district' | 'province' | 'central') | null;
            recognisedOn: string | null;
            recognitionDecision: string;
            registeredOn: string;
            registration: {
              areaBeneficiaries: string;
              contentMethod: string;
              forces: string;
              goals: string;
              resources: string;
              situation: string;
              timeline: string;
              verifiableResults: string;
            };
            replicatedOn: string | null;
            replicationNote: string;
            results: {
              content: string;
              createdAt: string;
              figures: {
                label: string;
                unit: string;
                value: number;
              }[];
              id: number;
              modelId: number;
              reportedOn: string;
            }[];
            startedOn: string | null;
            startOn: string | null;
            /** @enum {string} */
            state: 'registered' | 'running' | 'evaluated' | 'recognised' | 'replicated' | 'stopped';
            stoppedOn: string | null;
            stopReason: string;
            /** @enum {string} */
            subject: 'collective' | 'individual';
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  stopModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion: number;
          on?: string;
          reason: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addCommendation: boolean;
              addResult: boolean;
              evaluate: boolean;
              recognise: boolean;
              replicate: boolean;
              resume: boolean;
              start: boolean;
              stop: boolean;
              update: boolean;
            };
            createdAt: string;
            endOn: string | null;
            evaluations: {
              conclusion: string;
              createdAt: string;
              evaluatedOn: string;
              evaluatorName: string;
              id: number;
              maxTotal: number;
              modelId: number;
              passed: boolean;
              passPercent: number;
              percent: number;
              scores: {
                code: string;
                comment: string;
                criterionId: number;
                maxPoints: number;
                name: string;
                points: number;
              }[];
              total: number;
            }[];
            /** @enum {string} */
            field: 'economy' | 'culture_society' | 'defence_security' | 'political_system';
            id: number;
            isDemo: boolean;
            latestScore: {
              maxTotal: number;
              passed: boolean;
              total: number;
            } | null;
            name: string;
            personName: string;
            publicSummary: string;
            recognisedLevel: ('commune' | 'district' | 'province' | 'central') | null;
            recognisedOn: string | null;
            recognitionDecision: string;
            registeredOn: string;
            registration: {
              areaBeneficiaries: string;
              contentMethod: string;
              forces: string;
              goals: string;
              resources: string;
              situation: string;
              timeline: string;
              verifiableResults: string;
            };
            replicatedOn: string | null;
            replicationNote: string;
            results: {
              content: string;
              createdAt: string;
              figures: {
                label: string;
                unit: string;
                value: number;
              }[];
              id: number;
              modelId: number;
              reportedOn: string;
            }[];
            startedOn: string | null;
            startOn: string | null;
            /** @enum {string} */
            state: 'registered' | 'running' | 'evaluated' | 'recognised' | 'replicated' | 'stopped';
            stoppedOn: string | null;
            stopReason: string;
            /** @enum {string} */
            subject: 'collective' | 'individual';
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listCommendations: {
    parameters: {
      query?: {
        form?:
          | 'praise'
          | 'certificate_of_merit'
          | 'certificate'
          | 'emulation_flag'
          | 'commemorative_medal'
          | 'order';
        level?: 'commune' | 'district' | 'province' | 'central';
        modelId?: number | string;
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        recipientKind?: 'collective' | 'individual';
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              achievement: string;
              can: {
                update: boolean;
              };
              createdAt: string;
              decisionDate: string;
              decisionNumber: string;
              /** @enum {string} */
              form:
                | 'praise'
                | 'certificate_of_merit'
                | 'certificate'
                | 'emulation_flag'
                | 'commemorative_medal'
                | 'order';
              id: number;
              isDemo: boolean;
              issuerName: string;
              /** @enum {string} */
              level: 'commune' | 'district' | 'province' | 'central';
              linkId: number | null;
              linkKind: 'scoring_result' | null;
              modelId: number | null;
              modelName: string | null;
              /** @enum {string} */
              recipientKind: 'collective' | 'individual';
              recipientName: string;
              signerName: string;
              signerPosition: string;
              unitId: number;
              unitName: string;
              updatedAt: string;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createCommendation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          achievement?: string;
          decisionDate: string;
          decisionNumber: string;
          /** @enum {string} */
          form:
            | 'praise'
            | 'certificate_of_merit'
            | 'certificate'
            | 'emulation_flag'
            | 'commemorative_medal'
            | 'order';
          issuerName: string;
          /** @enum {string} */
          level: 'commune' | 'district' | 'province' | 'central';
          linkId?: (number | string) | null;
          /** @default null */
          linkKind?: 'scoring_result' | null;
          modelId?: (number | string) | null;
          /** @enum {string} */
          recipientKind: 'collective' | 'individual';
          recipientName: string;
          signerName: string;
          /** @default  */
          signerPosition?: string;
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            achievement: string;
            can: {
              update: boolean;
            };
            createdAt: string;
            decisionDate: string;
            decisionNumber: string;
            /** @enum {string} */
            form:
              | 'praise'
              | 'certificate_of_merit'
              | 'certificate'
              | 'emulation_flag'
              | 'commemorative_medal'
              | 'order';
            id: number;
            isDemo: boolean;
            issuerName: string;
            /** @enum {string} */
            level: 'commune' | 'district' | 'province' | 'central';
            linkId: number | null;
            linkKind: 'scoring_result' | null;
            modelId: number | null;
            modelName: string | null;
            /** @enum {string} */
            recipientKind: 'collective' | 'individual';
            recipientName: string;
            signerName: string;
            signerPosition: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getCommendation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            achievement: string;
            can: {
              update: boolean;
            };
            createdAt: string;
            decisionDate: string;
            decisionNumber: string;
            /** @enum {string} */
            form:
              | 'praise'
              | 'certificate_of_merit'
              | 'certificate'
              | 'emulation_flag'
              | 'commemorative_medal'
              | 'order';
            id: number;
            isDemo: boolean;
            issuerName: string;
            /** @enum {string} */
            level: 'commune' | 'district' | 'province' | 'central';
            linkId: number | null;
            linkKind: 'scoring_result' | null;
            modelId: number | null;
            modelName: string | null;
            /** @enum {string} */
            recipientKind: 'collective' | 'individual';
            recipientName: string;
            signerName: string;
            signerPosition: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateCommendation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          achievement?: string;
          decisionDate?: string;
          decisionNumber?: string;
          expectedVersion: number;
          /** @enum {string} */
          form?:
            | 'praise'
            | 'certificate_of_merit'
            | 'certificate'
            | 'emulation_flag'
            | 'commemorative_medal'
            | 'order';
          issuerName?: string;
          /** @enum {string} */
          level?: 'commune' | 'district' | 'province' | 'central';
          linkId?: (number | string) | null;
          linkKind?: 'scoring_result' | null;
          modelId?: (number | string) | null;
          /** @enum {string} */
          recipientKind?: 'collective' | 'individual';
          recipientName?: string;
          signerName?: string;
          signerPosition?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            achievement: string;
            can: {
              update: boolean;
            };
            createdAt: string;
            decisionDate: string;
            decisionNumber: string;
            /** @enum {string} */
            form:
              | 'praise'
              | 'certificate_of_merit'
              | 'certificate'
              | 'emulation_flag'
              | 'commemorative_medal'
              | 'order';
            id: number;
            isDemo: boolean;
            issuerName: string;
            /** @enum {string} */
            level: 'commune' | 'district' | 'province' | 'central';
            linkId: number | null;
            linkKind: 'scoring_result' | null;
            modelId: number | null;
            modelName: string | null;
            /** @enum {string} */
            recipientKind: 'collective' | 'individual';
            recipientName: string;
            signerName: string;
            signerPosition: string;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  downloadCommendationDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  exportCommendations: {
    parameters: {
      query?: {
        form?:
          | 'praise'
          | 'certificate_of_merit'
          | 'certificate'
          | 'emulation_flag'
          | 'commemorative_medal'
          | 'order';
        level?: 'commune' | 'district' | 'province' | 'central';
        modelId?: number | string;
        q?: string;
        recipientKind?: 'collective' | 'individual';
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  readModelCompliance: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        status?: 'none' | 'below' | 'meets';
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: number;
              recognised: number;
              registered: number;
              running: number;
              /** @enum {string} */
              status: 'none' | 'below' | 'meets';
              unitCode: string;
              unitId: number;
              unitKind: string;
              unitName: string;
            }[];
            page: number;
            pageSize: number;
            summary: {
              below: number;
              meets: number;
              minimum: number;
              none: number;
              target: number;
              units: number;
            };
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listModelCriteria: {
    parameters: {
      query?: {
        includeRetired?: '0' | '1' | 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              basis: string;
              can: {
                update: boolean;
              };
              code: string;
              guidance: string;
              id: number;
              maxPoints: number;
              name: string;
              needsCheck: boolean;
              previousVersionId: number | null;
              retiredAt: string | null;
              sortOrder: number;
              usedAt: string | null;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createModelCriterion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          basis: string;
          code: string;
          /** @default  */
          guidance?: string;
          maxPoints: number;
          name: string;
          /** @default false */
          needsCheck?: boolean;
          /** @default 0 */
          sortOrder?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            basis: string;
            can: {
              update: boolean;
            };
            code: string;
            guidance: string;
            id: number;
            maxPoints: number;
            name: string;
            needsCheck: boolean;
            previousVersionId: number | null;
            retiredAt: string | null;
            sortOrder: number;
            usedAt: string | null;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  updateModelCriterion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          basis?: string;
          guidance?: string;
          maxPoints?: number;
          name?: string;
          needsCheck?: boolean;
          /** @enum {boolean} */
          retire?: true;
          sortOrder?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            basis: string;
            can: {
              update: boolean;
            };
            code: string;
            guidance: string;
            id: number;
            maxPoints: number;
            name: string;
            needsCheck: boolean;
            previousVersionId: number | null;
            retiredAt: string | null;
            sortOrder: number;
            usedAt: string | null;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  exportModels: {
    parameters: {
      query?: {
        field?: 'economy' | 'culture_society' | 'defence_security' | 'political_system';
        q?: string;
        state?: 'registered' | 'running' | 'evaluated' | 'recognised' | 'replicated' | 'stopped';
        subject?: 'collective' | 'individual';
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listModelSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              basis: string;
              can: {
                update: boolean;
              };
              id: number;
              key: string;
              maxValue: number;
              minValue: number;
              name: string;
              needsCheck: boolean;
              value: number;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateModelSetting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          basis?: string;
          expectedVersion: number;
          value: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            basis: string;
            can: {
              update: boolean;
            };
            id: number;
            key: string;
            maxValue: number;
            minValue: number;
            name: string;
            needsCheck: boolean;
            value: number;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listNotifications: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        unread?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['Notification'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  markNotificationRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ok'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  markAllNotificationsRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ok'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  countUnreadNotifications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCount'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  exportUnits: {
    parameters: {
      query?: {
        asOf?: string;
        group?: string;
        includeInactive?: string;
        kind?:
          | 'nation'
          | 'ministry'
          | 'province'
          | 'department'
          | 'district'
          | 'commune'
          | 'public_service'
          | 'state_enterprise'
          | 'front'
          | 'mass_org'
          | 'party_mobilization'
          | 'council';
        parentId?: number | string;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listUnitGroups: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['OrgGroup'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  importUnits: {
    parameters: {
      query?: {
        mode?: 'preview' | 'commit';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description Danh sách đơn vị (.xlsx hoặc .csv theo mẫu xuất)
           */
          file: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportPreview'] | components['schemas']['ImportResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  mergeUnits: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          decision?: string;
          effectiveDate: string;
          newTarget?: {
            adminCode?: string | null;
            code: string;
            /** @default [] */
            groups?: string[];
            /** @enum {string} */
            kind:
              | 'nation'
              | 'ministry'
              | 'province'
              | 'department'
              | 'district'
              | 'commune'
              | 'public_service'
              | 'state_enterprise'
              | 'front'
              | 'mass_org'
              | 'party_mobilization'
              | 'council';
            name: string;
            parentId: (number | string) | null;
            shortName?: string | null;
          };
          sourceIds: (number | string)[];
          targetId?: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgUnit'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listRootUnits: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['OrgUnit'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  splitUnit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          decision?: string;
          effectiveDate: string;
          parts: {
            adminCode?: string | null;
            code: string;
            /** @default [] */
            groups?: string[];
            /** @enum {string} */
            kind:
              | 'nation'
              | 'ministry'
              | 'province'
              | 'department'
              | 'district'
              | 'commune'
              | 'public_service'
              | 'state_enterprise'
              | 'front'
              | 'mass_org'
              | 'party_mobilization'
              | 'council';
            name: string;
            parentId: (number | string) | null;
            shortName?: string | null;
          }[];
          sourceId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgUnit'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listUnits: {
    parameters: {
      query?: {
        asOf?: string;
        group?: string;
        includeInactive?: string;
        kind?:
          | 'nation'
          | 'ministry'
          | 'province'
          | 'department'
          | 'district'
          | 'commune'
          | 'public_service'
          | 'state_enterprise'
          | 'front'
          | 'mass_org'
          | 'party_mobilization'
          | 'council';
        page?: number | string;
        pageSize?: number | string;
        parentId?: number | string;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['OrgUnit'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createUnit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          adminCode?: string | null;
          code: string;
          /** @default [] */
          groups?: string[];
          /** @enum {string} */
          kind:
            | 'nation'
            | 'ministry'
            | 'province'
            | 'department'
            | 'district'
            | 'commune'
            | 'public_service'
            | 'state_enterprise'
            | 'front'
            | 'mass_org'
            | 'party_mobilization'
            | 'council';
          name: string;
          parentId: (number | string) | null;
          shortName?: string | null;
          validFrom: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgUnit'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgUnit'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          adminCode?: string | null;
          effectiveDate?: string;
          groups?: string[];
          /** @enum {string} */
          kind?:
            | 'nation'
            | 'ministry'
            | 'province'
            | 'department'
            | 'district'
            | 'commune'
            | 'public_service'
            | 'state_enterprise'
            | 'front'
            | 'mass_org'
            | 'party_mobilization'
            | 'council';
          name?: string;
          shortName?: string | null;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgUnit'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  deactivateUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          validTo: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgUnit'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getUnitHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgUnitHistory'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  moveUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          effectiveDate: string;
          newParentId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgUnit'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listPetitions: {
    parameters: {
      query?: {
        channel?: 'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
        dueWithin?: number | string;
        field?:
          | 'dat_dai'
          | 'chinh_sach_xa_hoi'
          | 'tu_phap'
          | 'tham_nhung'
          | 'moi_truong'
          | 'xay_dung'
          | 'hanh_chinh'
          | 'kinh_te'
          | 'khac';
        flag?: 'overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate';
        from?: string;
        kind?: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        status?:
          | 'received'
          | 'screened'
          | 'accepted'
          | 'suspended'
          | 'decided'
          | 'result_sent'
          | 'closed'
          | 'transferred'
          | 'guided'
          | 'filed';
        to?: string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              create: boolean;
            };
            counts: {
              [key: string]: number;
            };
            countsCapped?: boolean;
            items: {
              /** @enum {string} */
              channel:
                'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
              code: string;
              dueDate: string | null;
              /** @enum {string} */
              field:
                | 'dat_dai'
                | 'chinh_sach_xa_hoi'
                | 'tu_phap'
                | 'tham_nhung'
                | 'moi_truong'
                | 'xay_dung'
                | 'hanh_chinh'
                | 'kinh_te'
                | 'khac';
              flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionersCount: number;
              protected: boolean;
              receivedOn: string;
              representativeName: string | null;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitId: number;
              unitName: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
            totalIsLowerBound?: boolean;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createPetitions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address?: string | null;
          addressedTo?: string | null;
          /** @enum {string} */
          channel: 'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
          /** @default false */
          complex?: boolean;
          content: string;
          duplicateDecisions?: {
            /** @enum {string} */
            decision: 'link' | 'dismiss';
            petitionId: number | string;
          }[];
          /** @enum {string} */
          field:
            | 'dat_dai'
            | 'chinh_sach_xa_hoi'
            | 'tu_phap'
            | 'tham_nhung'
            | 'moi_truong'
            | 'xay_dung'
            | 'hanh_chinh'
            | 'kinh_te'
            | 'khac';
          firstInstanceId?: (number | string) | null;
          identity?: {
            address?: string | null;
            email?: string | null;
            fullName: string;
            idNumber?: string | null;
            notes?: string | null;
            phone?: string | null;
          } | null;
          identityPaperRef?: string | null;
          idNumber?: string | null;
          kinds: ('khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh')[];
          /** @default 1 */
          petitionersCount?: number;
          receivedOn: string;
          /** @default false */
          remoteArea?: boolean;
          representativeName?: string | null;
          sourceBody?: string | null;
          subject: string;
          unitId: number | string;
          visitId?: (number | string) | null;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getPetition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  acceptPetition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          complex?: boolean;
          expectedVersion?: number;
          handlerId?: (number | string) | null;
          note?: string | null;
          on: string;
          remoteArea?: boolean;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  assignPetition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion?: number;
          handlerId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  closePetition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion?: number;
          note?: string | null;
          on: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  decidePetition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion?: number;
          number: string;
          on: string;
          summary: string;
          upheld?: ('right' | 'partly' | 'wrong') | null;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  holdPetitionDialogue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion?: number;
          note: string;
          on: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  downloadPetitionDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        doc:
          | 'phieu-chuyen-don'
          | 'thong-bao-thu-ly'
          | 'thong-bao-khong-thu-ly'
          | 'van-ban-huong-dan'
          | 'quyet-dinh-giai-quyet'
          | 'ket-luan-to-cao'
          | 'yeu-cau-xac-minh';
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  resolvePetitionDuplicate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
        otherId: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'link' | 'dismiss';
          note?: string | null;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  extendPetition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion?: number;
          on: string;
          reason: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  filePetition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion?: number;
          on: string;
          reason: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  guidePetition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion?: number;
          note?: string | null;
          on: string;
          toBody: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  resumePetition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion?: number;
          note?: string | null;
          on: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  screenPetition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          competence: 'own' | 'lower_level' | 'other_body';
          complex?: boolean;
          expectedVersion?: number;
          note?: string | null;
          on: string;
          remoteArea?: boolean;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  sendPetitionResult: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion?: number;
          note?: string | null;
          on: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  suspendPetition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion?: number;
          on: string;
          reason: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  transferPetition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion?: number;
          note?: string | null;
          on: string;
          toBody: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  verifyPetition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion?: number;
          note: string;
          on: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            addressedTo: string | null;
            can: {
              [key: string]: boolean;
            };
            /** @enum {string} */
            channel:
              'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
            code: string;
            competence: ('own' | 'lower_level' | 'other_body') | null;
            complex: boolean;
            content: string | null;
            deadlines: {
              basisText: string;
              dueDate: string;
              needsCheck: boolean;
              ruleId: number;
              ruleName: string;
              ruleVersion: number;
              /** @enum {string} */
              step: 'screening' | 'resolution' | 'send_result';
            }[];
            decidedOn: string | null;
            decisionNumber: string | null;
            decisionSummary: string | null;
            documents: (
              | 'phieu-chuyen-don'
              | 'thong-bao-thu-ly'
              | 'thong-bao-khong-thu-ly'
              | 'van-ban-huong-dan'
              | 'quyet-dinh-giai-quyet'
              | 'ket-luan-to-cao'
              | 'yeu-cau-xac-minh'
            )[];
            dueDate: string | null;
            duplicates: {
              decision: ('link' | 'dismiss') | null;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              petitionId: number;
              /** @enum {string} */
              reason: 'person' | 'content';
              receivedOn: string;
              score: number;
              /** @enum {string} */
              status:
                | 'received'
                | 'screened'
                | 'accepted'
                | 'suspended'
                | 'decided'
                | 'result_sent'
                | 'closed'
                | 'transferred'
                | 'guided'
                | 'filed';
              subject: string;
              unitName: string;
            }[];
            extensions: number;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            firstInstanceId: number | null;
            flags: ('overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate')[];
            handlerId: number | null;
            handlerName: string | null;
            id: number;
            identity: {
              canReveal: boolean;
              /** @enum {string} */
              mode: 'sealed' | 'paper';
              sealedAt: string;
            } | null;
            idNumber: string | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            maxDueDate: string | null;
            petitionersCount: number;
            prolongedBasis: string;
            protected: boolean;
            receivedOn: string;
            remoteArea: boolean;
            representativeName: string | null;
            secondInstance: boolean;
            sourceBody: string | null;
            splitFromId: number | null;
            splitSiblings: {
              id: number;
              /** @enum {string} */
              kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            }[];
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            timeline: {
              actorName: string;
              at: string;
              dueDate: string | null;
              id: number;
              met: boolean | null;
              note: string | null;
              on: string;
              ruleId: number | null;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
            }[];
            toBody: string | null;
            unitId: number;
            unitName: string;
            version: number;
            visitId: number | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  petitionDeadlineOverview: {
    parameters: {
      query?: {
        kind?: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
        page?: number | string;
        pageSize?: number | string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            can: {
              create: boolean;
            };
            items: {
              byKind: {
                dueSoon: number;
                /** @enum {string} */
                kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
                overdue: number;
                running: number;
              }[];
              dueSoon: number;
              overdue: number;
              running: number;
              unitId: number;
              unitName: string;
            }[];
            page: number;
            pageSize: number;
            soonDays: number;
            total: number;
            totals: {
              byKind: {
                dueSoon: number;
                /** @enum {string} */
                kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
                overdue: number;
                running: number;
              }[];
              dueSoon: number;
              overdue: number;
              running: number;
            };
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  checkPetitionDuplicates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          content?: string;
          identity?: {
            address?: string | null;
            email?: string | null;
            fullName: string;
            idNumber?: string | null;
            notes?: string | null;
            phone?: string | null;
          } | null;
          idNumber?: string | null;
          representativeName?: string | null;
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            decision: ('link' | 'dismiss') | null;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            petitionId: number;
            /** @enum {string} */
            reason: 'person' | 'content';
            receivedOn: string;
            score: number;
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            unitName: string;
          }[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  exportPetitions: {
    parameters: {
      query?: {
        channel?: 'in_person' | 'post' | 'portal' | 'transferred' | 'front' | 'council' | 'reception_visit';
        dueWithin?: number | string;
        field?:
          | 'dat_dai'
          | 'chinh_sach_xa_hoi'
          | 'tu_phap'
          | 'tham_nhung'
          | 'moi_truong'
          | 'xay_dung'
          | 'hanh_chinh'
          | 'kinh_te'
          | 'khac';
        flag?: 'overdue' | 'prolonged' | 'bypass' | 'mass' | 'duplicate';
        from?: string;
        kind?: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
        q?: string;
        status?:
          | 'received'
          | 'screened'
          | 'accepted'
          | 'suspended'
          | 'decided'
          | 'result_sent'
          | 'closed'
          | 'transferred'
          | 'guided'
          | 'filed';
        to?: string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  importPetitions: {
    parameters: {
      query: {
        mode?: 'preview' | 'commit';
        unitId: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description Sổ đơn thư (.xlsx hoặc .csv): Ngày nhận, Loại đơn, Lĩnh vực, Kênh tiếp nhận, Người đứng đơn, Số người, Trích yếu, Nội dung
           */
          file: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                invalid: number;
                rows: {
                  /** @enum {string} */
                  action: 'create' | 'skip';
                  errors: string[];
                  field:
                    | (
                        | 'dat_dai'
                        | 'chinh_sach_xa_hoi'
                        | 'tu_phap'
                        | 'tham_nhung'
                        | 'moi_truong'
                        | 'xay_dung'
                        | 'hanh_chinh'
                        | 'kinh_te'
                        | 'khac'
                      )
                    | null;
                  kind: ('khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh') | null;
                  receivedOn: string | null;
                  row: number;
                  subject: string;
                }[];
                valid: number;
              }
            | {
                created: number;
                ids: number[];
                skipped: number;
              };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  petitionImportTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getPetitionVisitDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        visitId: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            content: string;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            idNumber: string | null;
            petitionersCount: number;
            receivedOn: string;
            representativeName: string | null;
            unitId: number;
            visitId: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listPlans: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        parentPlanId?: number | string;
        q?: string;
        status?: 'draft' | 'issued';
        subtree?: boolean | string;
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['PlanSummary'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createPlan: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          basis?: string;
          /** @default  */
          closing?: string;
          guidingDocumentIds?: (number | string)[];
          issuerName?: string;
          issuerParent?: string | null;
          movementIds?: (number | string)[];
          /** @default  */
          numberSymbol?: string;
          parentPlanId?: (number | string) | null;
          place?: string;
          /** @default [] */
          purposes?: string[];
          /** @default [] */
          recipients?: string[];
          requiredDue?: string | null;
          requiredSelector?: {
            /** @default [] */
            groups?: string[];
            /** @default [] */
            kinds?: (
              | 'nation'
              | 'ministry'
              | 'province'
              | 'department'
              | 'district'
              | 'commune'
              | 'public_service'
              | 'state_enterprise'
              | 'front'
              | 'mass_org'
              | 'party_mobilization'
              | 'council'
            )[];
            unitIds?: (number | string)[];
          } | null;
          /** @default [] */
          requirements?: string[];
          /** @default [] */
          sections?: {
            /** @default  */
            body?: string;
            number: string;
            title: string;
          }[];
          /** @default  */
          signerAuthority?: string;
          /** @default  */
          signerName?: string;
          /** @default  */
          signerPosition?: string;
          themeId?: (number | string) | null;
          title: string;
          unitId: number | string;
          year: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Plan'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Plan'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  deletePlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Đã xong (không có nội dung). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  updatePlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          basis?: string;
          closing?: string;
          guidingDocumentIds?: (number | string)[];
          issuerName?: string;
          issuerParent?: string | null;
          movementIds?: (number | string)[];
          numberSymbol?: string;
          parentPlanId?: (number | string) | null;
          place?: string;
          purposes?: string[];
          recipients?: string[];
          requiredDue?: string | null;
          requiredSelector?: {
            /** @default [] */
            groups?: string[];
            /** @default [] */
            kinds?: (
              | 'nation'
              | 'ministry'
              | 'province'
              | 'department'
              | 'district'
              | 'commune'
              | 'public_service'
              | 'state_enterprise'
              | 'front'
              | 'mass_org'
              | 'party_mobilization'
              | 'council'
            )[];
            unitIds?: (number | string)[];
          } | null;
          requirements?: string[];
          sections?: {
            /** @default  */
            body?: string;
            number: string;
            title: string;
          }[];
          signerAuthority?: string;
          signerName?: string;
          signerPosition?: string;
          themeId?: (number | string) | null;
          title?: string;
          year?: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Plan'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getPlanCompliance: {
    parameters: {
      query?: {
        group?: string;
        q?: string;
        status?: 'issued' | 'late' | 'missing' | 'pending';
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanCompliance'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  exportPlanCompliance: {
    parameters: {
      query?: {
        group?: string;
        q?: string;
        status?: 'issued' | 'late' | 'missing' | 'pending';
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  downloadPlanDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  issuePlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          issuedOn?: string;
          numberSymbol?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Plan'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getTaskMatrix: {
    parameters: {
      query?: {
        group?: string;
        kind?:
          | 'nation'
          | 'ministry'
          | 'province'
          | 'department'
          | 'district'
          | 'commune'
          | 'public_service'
          | 'state_enterprise'
          | 'front'
          | 'mass_org'
          | 'party_mobilization'
          | 'council';
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        sectionNumber?: string;
        state?: 'overdue' | 'open' | 'done';
        taskId?: number | string;
        withTotals?: boolean | string;
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Matrix'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  exportTaskMatrix: {
    parameters: {
      query?: {
        group?: string;
        kind?:
          | 'nation'
          | 'ministry'
          | 'province'
          | 'department'
          | 'district'
          | 'commune'
          | 'public_service'
          | 'state_enterprise'
          | 'front'
          | 'mass_org'
          | 'party_mobilization'
          | 'council';
        q?: string;
        sectionNumber?: string;
        state?: 'overdue' | 'open' | 'done';
        taskId?: number | string;
        withTotals?: boolean | string;
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listPlanTasks: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        sectionNumber?: string;
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['Task'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          assignTo: {
            /** @default [] */
            groups?: string[];
            /** @default [] */
            kinds?: (
              | 'nation'
              | 'ministry'
              | 'province'
              | 'department'
              | 'district'
              | 'commune'
              | 'public_service'
              | 'state_enterprise'
              | 'front'
              | 'mass_org'
              | 'party_mobilization'
              | 'council'
            )[];
            unitIds?: (number | string)[];
          };
          /** @default  */
          code?: string;
          coordinatingUnitIds?: (number | string)[];
          /** @default  */
          description?: string;
          dueDate?: string | null;
          /** @default  */
          expectedProduct?: string;
          guidingDocumentIds?: (number | string)[];
          leadUnitId?: (number | string) | null;
          /**
           * @default none
           * @enum {string}
           */
          recurrence?: 'none' | 'monthly' | 'quarterly' | 'six_monthly' | 'yearly';
          /** @default  */
          sectionNumber?: string;
          title: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Task'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  exportPlanTasks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  importPlanTasks: {
    parameters: {
      query?: {
        mode?: 'preview' | 'commit';
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description Danh mục nhiệm vụ (.xlsx theo mẫu xuất)
           */
          file: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            components['schemas']['TaskImportPreview'] | components['schemas']['TaskImportResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getTaskAssignment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskAssignmentDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateTaskAssignment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          completedOn?: string | null;
          note?: string;
          progress?: number;
          /** @enum {string} */
          status?: 'not_started' | 'in_progress' | 'done';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskAssignmentDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listGuidingDocuments: {
    parameters: {
      query?: {
        kind?:
          | 'nghi_quyet'
          | 'ket_luan'
          | 'chi_thi'
          | 'quyet_dinh'
          | 'quy_dinh'
          | 'ke_hoach'
          | 'cong_van'
          | 'chuong_trinh'
          | 'thong_bao'
          | 'huong_dan'
          | 'luat'
          | 'nghi_dinh'
          | 'thong_tu'
          | 'khac';
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['GuidingDocument'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createGuidingDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          issuedOn: string;
          issuer: string;
          /** @enum {string} */
          kind:
            | 'nghi_quyet'
            | 'ket_luan'
            | 'chi_thi'
            | 'quyet_dinh'
            | 'quy_dinh'
            | 'ke_hoach'
            | 'cong_van'
            | 'chuong_trinh'
            | 'thong_bao'
            | 'huong_dan'
            | 'luat'
            | 'nghi_dinh'
            | 'thong_tu'
            | 'khac';
          numberSymbol: string;
          /** @default true */
          sharedWithSubunits?: boolean;
          /** @default  */
          summary?: string;
          title: string;
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GuidingDocument'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getGuidingDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GuidingDocument'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  deleteGuidingDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Đã xong (không có nội dung). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  updateGuidingDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          issuedOn?: string;
          issuer?: string;
          /** @enum {string} */
          kind?:
            | 'nghi_quyet'
            | 'ket_luan'
            | 'chi_thi'
            | 'quyet_dinh'
            | 'quy_dinh'
            | 'ke_hoach'
            | 'cong_van'
            | 'chuong_trinh'
            | 'thong_bao'
            | 'huong_dan'
            | 'luat'
            | 'nghi_dinh'
            | 'thong_tu'
            | 'khac';
          numberSymbol?: string;
          sharedWithSubunits?: boolean;
          summary?: string;
          title?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GuidingDocument'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  exportGuidingDocuments: {
    parameters: {
      query?: {
        kind?:
          | 'nghi_quyet'
          | 'ket_luan'
          | 'chi_thi'
          | 'quyet_dinh'
          | 'quy_dinh'
          | 'ke_hoach'
          | 'cong_van'
          | 'chuong_trinh'
          | 'thong_bao'
          | 'huong_dan'
          | 'luat'
          | 'nghi_dinh'
          | 'thong_tu'
          | 'khac';
        q?: string;
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listLeaderAssignments: {
    parameters: {
      query?: {
        activeOnly?: boolean | string;
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['LeaderAssignment'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createLeaderAssignment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          decisionDate: string;
          /** @default  */
          decisionIssuer?: string;
          decisionNumber: string;
          fromDate: string;
          leaderName: string;
          /** @default  */
          note?: string;
          position: string;
          toDate?: string | null;
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeaderAssignment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getLeaderAssignment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeaderAssignment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateLeaderAssignment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          decisionDate?: string;
          decisionIssuer?: string;
          decisionNumber?: string;
          fromDate?: string;
          leaderName?: string;
          note?: string;
          position?: string;
          toDate?: string | null;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeaderAssignment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getLeaderCompliance: {
    parameters: {
      query?: {
        asOf?: string;
        group?: string;
        kind?:
          | 'nation'
          | 'ministry'
          | 'province'
          | 'department'
          | 'district'
          | 'commune'
          | 'public_service'
          | 'state_enterprise'
          | 'front'
          | 'mass_org'
          | 'party_mobilization'
          | 'council';
        missingOnly?: boolean | string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeaderCompliance'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  exportLeaderCompliance: {
    parameters: {
      query?: {
        asOf?: string;
        group?: string;
        kind?:
          | 'nation'
          | 'ministry'
          | 'province'
          | 'department'
          | 'district'
          | 'commune'
          | 'public_service'
          | 'state_enterprise'
          | 'front'
          | 'mass_org'
          | 'party_mobilization'
          | 'council';
        missingOnly?: boolean | string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listMovements: {
    parameters: {
      query?: {
        activeOnly?: boolean | string;
        page?: number | string;
        pageSize?: number | string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['Movement'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createMovement: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default true */
          active?: boolean;
          code: string;
          /** @default  */
          description?: string;
          /** @default [] */
          fields?: string[];
          guidingDocumentIds?: (number | string)[];
          /** @enum {string} */
          kind: 'phong_trao_thi_dua' | 'phong_trao' | 'cuoc_van_dong';
          name: string;
          /** @default [] */
          requirements?: string[];
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Movement'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  updateMovement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          description?: string;
          fields?: string[];
          guidingDocumentIds?: (number | string)[];
          /** @enum {string} */
          kind?: 'phong_trao_thi_dua' | 'phong_trao' | 'cuoc_van_dong';
          name?: string;
          requirements?: string[];
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Movement'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listMyTasks: {
    parameters: {
      query?: {
        from?: string;
        page?: number | string;
        pageSize?: number | string;
        planId?: number | string;
        q?: string;
        state?: 'open' | 'overdue' | 'due_soon' | 'done' | 'all';
        to?: string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyTasks'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  exportMyTasks: {
    parameters: {
      query?: {
        from?: string;
        planId?: number | string;
        q?: string;
        state?: 'open' | 'overdue' | 'due_soon' | 'done' | 'all';
        to?: string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listPlanRequirements: {
    parameters: {
      query?: {
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['PlanRequirementOfUnit'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Task'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  deleteTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Đã xong (không có nội dung). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  updateTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          assignTo?: {
            /** @default [] */
            groups?: string[];
            /** @default [] */
            kinds?: (
              | 'nation'
              | 'ministry'
              | 'province'
              | 'department'
              | 'district'
              | 'commune'
              | 'public_service'
              | 'state_enterprise'
              | 'front'
              | 'mass_org'
              | 'party_mobilization'
              | 'council'
            )[];
            unitIds?: (number | string)[];
          };
          code?: string;
          coordinatingUnitIds?: (number | string)[];
          description?: string;
          dueDate?: string | null;
          expectedProduct?: string;
          guidingDocumentIds?: (number | string)[];
          leadUnitId?: (number | string) | null;
          /** @enum {string} */
          recurrence?: 'none' | 'monthly' | 'quarterly' | 'six_monthly' | 'yearly';
          sectionNumber?: string;
          title?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Task'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  cancelTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Task'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listYearThemes: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['YearTheme'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createYearTheme: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default [] */
          contents?: string[];
          /** @default  */
          description?: string;
          guidingDocumentIds?: (number | string)[];
          name: string;
          unitId: number | string;
          year: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['YearTheme'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  updateYearTheme: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          contents?: string[];
          description?: string;
          guidingDocumentIds?: (number | string)[];
          name?: string;
          year?: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['YearTheme'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getPetitionPublication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            allowedStates: ('resolved' | 'resolved_in_part' | 'not_competent' | 'closed_unresolved')[];
            can: {
              publish: boolean;
              withdraw: boolean;
            };
            decisionSummary: string | null;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            petitionId: number;
            publication: {
              can: {
                withdraw: boolean;
              };
              field: string | null;
              fieldLabel: string | null;
              id: number;
              publishedAt: string;
              publishedByName: string | null;
              /** @enum {string} */
              section:
                'schedules' | 'answers' | 'models' | 'consultations' | 'inspections' | 'voter_petitions';
              sourceId: string;
              sourceKind: string;
              sourceModule: string;
              state: ('resolved' | 'resolved_in_part' | 'not_competent' | 'closed_unresolved') | null;
              stateLabel: string | null;
              text: string;
              title: string;
              unitId: number;
              unitName: string;
              version: number;
              withdrawnAt: string | null;
              withdrawnByName: string | null;
              withdrawReason: string | null;
            } | null;
            refusal: string | null;
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            subject: string;
            unitId: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listPortalPublications: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        section?: 'schedules' | 'answers' | 'models' | 'consultations' | 'inspections' | 'voter_petitions';
        state?: 'resolved' | 'resolved_in_part' | 'not_competent' | 'closed_unresolved';
        unitId?: number | string;
        withdrawn?: '0' | '1';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              can: {
                withdraw: boolean;
              };
              field: string | null;
              fieldLabel: string | null;
              id: number;
              publishedAt: string;
              publishedByName: string | null;
              /** @enum {string} */
              section:
                'schedules' | 'answers' | 'models' | 'consultations' | 'inspections' | 'voter_petitions';
              sourceId: string;
              sourceKind: string;
              sourceModule: string;
              state: ('resolved' | 'resolved_in_part' | 'not_competent' | 'closed_unresolved') | null;
              stateLabel: string | null;
              text: string;
              title: string;
              unitId: number;
              unitName: string;
              version: number;
              withdrawnAt: string | null;
              withdrawnByName: string | null;
              withdrawReason: string | null;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  publishPetitionAnswer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          petitionId: number | string;
          /** @enum {string} */
          state: 'resolved' | 'resolved_in_part' | 'not_competent' | 'closed_unresolved';
          text: string;
          title: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              withdraw: boolean;
            };
            field: string | null;
            fieldLabel: string | null;
            id: number;
            publishedAt: string;
            publishedByName: string | null;
            /** @enum {string} */
            section: 'schedules' | 'answers' | 'models' | 'consultations' | 'inspections' | 'voter_petitions';
            sourceId: string;
            sourceKind: string;
            sourceModule: string;
            state: ('resolved' | 'resolved_in_part' | 'not_competent' | 'closed_unresolved') | null;
            stateLabel: string | null;
            text: string;
            title: string;
            unitId: number;
            unitName: string;
            version: number;
            withdrawnAt: string | null;
            withdrawnByName: string | null;
            withdrawReason: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  withdrawPortalPublication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion?: number;
          reason: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              withdraw: boolean;
            };
            field: string | null;
            fieldLabel: string | null;
            id: number;
            publishedAt: string;
            publishedByName: string | null;
            /** @enum {string} */
            section: 'schedules' | 'answers' | 'models' | 'consultations' | 'inspections' | 'voter_petitions';
            sourceId: string;
            sourceKind: string;
            sourceModule: string;
            state: ('resolved' | 'resolved_in_part' | 'not_competent' | 'closed_unresolved') | null;
            stateLabel: string | null;
            text: string;
            title: string;
            unitId: number;
            unitName: string;
            version: number;
            withdrawnAt: string | null;
            withdrawnByName: string | null;
            withdrawReason: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listPortalRatings: {
    parameters: {
      query?: {
        from?: string;
        page?: number | string;
        pageSize?: number | string;
        subject?: 'case' | 'visit' | 'service';
        to?: string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              comment: string | null;
              id: number;
              on: string | null;
              petitionId: number | null;
              ratedOn: string;
              score: number;
              /** @enum {string} */
              subject: 'case' | 'visit' | 'service';
              subjectLabel: string;
              unitId: number;
              unitName: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getPortalSatisfaction: {
    parameters: {
      query: {
        from: string;
        subtree?: '0' | '1';
        to: string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            byScore: number[];
            bySubject: {
              byScore: number[];
              index: number | null;
              mean: number | null;
              n: number;
              satisfied: number;
              /** @enum {string} */
              subject: 'case' | 'visit' | 'service';
              subjectLabel: string;
            }[];
            from: string;
            index: number | null;
            mean: number | null;
            method: string;
            n: number;
            satisfied: number;
            subtree: boolean;
            to: string;
            unitId: number;
            unitName: string;
            units: {
              byScore: number[];
              index: number | null;
              mean: number | null;
              n: number;
              satisfied: number;
              unitId: number;
              unitName: string;
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listPublicAnswers: {
    parameters: {
      query?: {
        field?:
          | 'dat_dai'
          | 'chinh_sach_xa_hoi'
          | 'tu_phap'
          | 'tham_nhung'
          | 'moi_truong'
          | 'xay_dung'
          | 'hanh_chinh'
          | 'kinh_te'
          | 'khac';
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        state?: 'resolved' | 'resolved_in_part' | 'not_competent' | 'closed_unresolved';
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              field: string | null;
              fieldLabel: string | null;
              id: number;
              publishedAt: string;
              publishedOn: string;
              /** @enum {string} */
              section:
                'schedules' | 'answers' | 'models' | 'consultations' | 'inspections' | 'voter_petitions';
              state: ('resolved' | 'resolved_in_part' | 'not_competent' | 'closed_unresolved') | null;
              stateLabel: string | null;
              text: string;
              title: string;
              unitId: number;
              unitName: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getPublicAnswer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            field: string | null;
            fieldLabel: string | null;
            id: number;
            publishedAt: string;
            publishedOn: string;
            /** @enum {string} */
            section: 'schedules' | 'answers' | 'models' | 'consultations' | 'inspections' | 'voter_petitions';
            state: ('resolved' | 'resolved_in_part' | 'not_competent' | 'closed_unresolved') | null;
            stateLabel: string | null;
            text: string;
            title: string;
            unitId: number;
            unitName: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getPortalChallenge: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            parameters: {
              algorithm: string;
              cost: number;
              data?: {
                [key: string]: string | number | boolean | null;
              };
              expiresAt?: number;
              keyLength: number;
              keyPrefix: string;
              keySignature?: string;
              memoryCost?: number;
              nonce: string;
              parallelism?: number;
              salt: string;
            };
            signature?: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
    };
  };
  lookupPortalCase: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answer: {
              field: string | null;
              fieldLabel: string | null;
              id: number;
              publishedAt: string;
              publishedOn: string;
              /** @enum {string} */
              section:
                'schedules' | 'answers' | 'models' | 'consultations' | 'inspections' | 'voter_petitions';
              state: ('resolved' | 'resolved_in_part' | 'not_competent' | 'closed_unresolved') | null;
              stateLabel: string | null;
              text: string;
              title: string;
              unitId: number;
              unitName: string;
            } | null;
            dueDate: string | null;
            dueLabel: string | null;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            fieldLabel: string;
            files: number;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            kindLabel: string;
            rating: {
              open: boolean;
              ratedAt: string | null;
              score: number | null;
            };
            /** @enum {string} */
            status:
              | 'received'
              | 'screened'
              | 'accepted'
              | 'suspended'
              | 'decided'
              | 'result_sent'
              | 'closed'
              | 'transferred'
              | 'guided'
              | 'filed';
            statusLabel: string;
            steps: {
              label: string;
              on: string;
              /** @enum {string} */
              step:
                | 'receive'
                | 'screen'
                | 'accept'
                | 'transfer'
                | 'guide'
                | 'file'
                | 'verify'
                | 'dialogue'
                | 'extend'
                | 'suspend'
                | 'resume'
                | 'decide'
                | 'send_result'
                | 'close'
                | 'assign'
                | 'link_duplicate'
                | 'dismiss_duplicate';
              toBody: string | null;
            }[];
            subject: string;
            submittedOn: string;
            unitId: number;
            unitName: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  ratePortalCase: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          comment?: string | null;
          score: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            ratedAt: string;
            score: number;
            /** @enum {string} */
            subject: 'case' | 'visit' | 'service';
            unitName: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  getPortalHome: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            satisfaction: {
              from: string;
              index: number | null;
              n: number;
              to: string;
            };
            sections: {
              count: number;
              /** @enum {string} */
              key: 'schedules' | 'answers' | 'models' | 'consultations' | 'inspections' | 'voter_petitions';
              order: number;
              title: {
                en: string;
                vi: string;
              };
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
    };
  };
  ratePortalService: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          altcha: string;
          comment?: string | null;
          on: string;
          score: number;
          /** @enum {string} */
          subject: 'visit' | 'service';
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            ratedAt: string;
            score: number;
            /** @enum {string} */
            subject: 'case' | 'visit' | 'service';
            unitName: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  listPublicSchedules: {
    parameters: {
      query?: {
        from?: string;
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        to?: string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              date: string;
              endTime: string;
              headInPerson: boolean;
              kind: string;
              kindLabel: string;
              online: boolean;
              onlineLink: string;
              place: string;
              receiverName: string;
              receiverTitle: string;
              scheduleId: number;
              startTime: string;
              title: string;
              unitId: number;
              unitName: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listPortalSectionItems: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        unitId?: number | string;
      };
      header?: never;
      path: {
        key: 'schedules' | 'answers' | 'models' | 'consultations' | 'inspections' | 'voter_petitions';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              date: string | null;
              facts: {
                label: string;
                value: string;
              }[];
              field: string | null;
              fieldLabel: string | null;
              id: string;
              /** @enum {string} */
              section:
                'schedules' | 'answers' | 'models' | 'consultations' | 'inspections' | 'voter_petitions';
              state: string | null;
              stateLabel: string | null;
              summary: string;
              title: string;
              unitId: number | null;
              unitName: string | null;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getPortalSectionItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
        key: 'schedules' | 'answers' | 'models' | 'consultations' | 'inspections' | 'voter_petitions';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            date: string | null;
            facts: {
              label: string;
              value: string;
            }[];
            field: string | null;
            fieldLabel: string | null;
            id: string;
            /** @enum {string} */
            section: 'schedules' | 'answers' | 'models' | 'consultations' | 'inspections' | 'voter_petitions';
            state: string | null;
            stateLabel: string | null;
            summary: string;
            title: string;
            unitId: number | null;
            unitName: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
    };
  };
  submitPortalPetition: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          altcha: string;
          consent: {
            /** @enum {boolean} */
            accepted: true;
            version: string;
          };
          contact: {
            address?: string | null;
            email?: string | null;
            fullName: string;
            idNumber?: string | null;
            phone?: string | null;
          };
          content: string;
          /** @enum {string} */
          field:
            | 'dat_dai'
            | 'chinh_sach_xa_hoi'
            | 'tu_phap'
            | 'tham_nhung'
            | 'moi_truong'
            | 'xay_dung'
            | 'hanh_chinh'
            | 'kinh_te'
            | 'khac';
          /** @enum {string} */
          kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
          subject: string;
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attachUntil: string;
            code: string;
            dueDate: string | null;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            fieldLabel: string;
            /** @enum {string} */
            kind: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
            kindLabel: string;
            maxFiles: number;
            notice: string;
            subject: string;
            submittedAt: string;
            submittedAtText: string;
            unitId: number;
            unitName: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  attachPortalFile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** @description Mã tra cứu nhận được khi gửi đơn */
          code: string;
          /**
           * Format: binary
           * @description Ảnh, PDF, Word, Excel… (kiểm tra theo nội dung tệp)
           */
          file: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            count: number;
            mime: string;
            name: string;
            remaining: number;
            size: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
    };
  };
  getPortalTerms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            consent: {
              en: string[];
              vi: string[];
            };
            consentVersion: string;
            fields: {
              /** @enum {string} */
              code:
                | 'dat_dai'
                | 'chinh_sach_xa_hoi'
                | 'tu_phap'
                | 'tham_nhung'
                | 'moi_truong'
                | 'xay_dung'
                | 'hanh_chinh'
                | 'kinh_te'
                | 'khac';
              label: {
                en: string;
                vi: string;
              };
            }[];
            files: {
              accept: string[];
              attachMinutes: number;
              maxBytes: number;
              maxFiles: number;
            };
            kinds: {
              /** @enum {string} */
              code: 'khieu_nai' | 'to_cao' | 'kien_nghi' | 'phan_anh';
              label: {
                en: string;
                vi: string;
              };
            }[];
            legalBasis: string;
            whatIsNotPublic: {
              en: string[];
              vi: string[];
            };
            whatIsPublic: {
              en: string[];
              vi: string[];
            };
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listPublicUnits: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        parentId?: number | string;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              depth: number;
              id: number;
              kind: string;
              name: string;
              parentId: number | null;
              parentName: string | null;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getReceptionCompliance: {
    parameters: {
      query: {
        from: string;
        to: string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            deputyCountsUntil: string | null;
            from: string;
            months: string[];
            rows: {
              basisText: string | null;
              kind: string;
              months: {
                counted: number;
                deputyDays: number;
                deputyDaysNotCounted: number;
                headDays: number;
                month: string;
                required: number | null;
                ruleText: string | null;
                /** @enum {string} */
                state: 'met' | 'not_met' | 'in_progress' | 'not_applicable';
                weeksShort: number;
              }[];
              needsCheck: boolean;
              period: {
                counted: number;
                headDays: number;
                monthsApplicable: number;
                monthsMet: number;
                monthsNotMet: number;
                required: number;
                /** @enum {string} */
                state: 'met' | 'not_met' | 'in_progress' | 'not_applicable';
              };
              ruleCode: string | null;
              ruleName: string | null;
              unitCode: string;
              unitId: number;
              unitName: string;
            }[];
            to: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listReceptionSchedules: {
    parameters: {
      query?: {
        current?: boolean | string;
        kind?: 'regular' | 'periodic_head';
        page?: number | string;
        pageSize?: number | string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              can: {
                delete: boolean;
                update: boolean;
              };
              dates: string[];
              endTime: string;
              headInPerson: boolean;
              id: number;
              isDemo: boolean;
              /** @enum {string} */
              kind: 'regular' | 'periodic_head';
              monthDays: number[];
              nextDates: string[];
              note: string;
              online: boolean;
              onlineLink: string;
              place: string;
              published: boolean;
              receiverName: string;
              receiverTitle: string;
              receiverUserId: number | null;
              startTime: string;
              title: string;
              unitId: number;
              unitName: string;
              validFrom: string;
              validTo: string | null;
              version: number;
              weekdays: number[];
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createReceptionSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default [] */
          dates?: string[];
          endTime: string;
          /** @default false */
          headInPerson?: boolean;
          /** @enum {string} */
          kind: 'regular' | 'periodic_head';
          /** @default [] */
          monthDays?: number[];
          /** @default  */
          note?: string;
          /** @default false */
          online?: boolean;
          /** @default  */
          onlineLink?: string;
          place: string;
          /** @default true */
          published?: boolean;
          /** @default  */
          receiverName?: string;
          /** @default  */
          receiverTitle?: string;
          receiverUserId?: (number | string) | null;
          startTime: string;
          title: string;
          unitId: number | string;
          validFrom: string;
          validTo?: string | null;
          /** @default [] */
          weekdays?: number[];
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              delete: boolean;
              update: boolean;
            };
            dates: string[];
            endTime: string;
            headInPerson: boolean;
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'regular' | 'periodic_head';
            monthDays: number[];
            nextDates: string[];
            note: string;
            online: boolean;
            onlineLink: string;
            place: string;
            published: boolean;
            receiverName: string;
            receiverTitle: string;
            receiverUserId: number | null;
            startTime: string;
            title: string;
            unitId: number;
            unitName: string;
            validFrom: string;
            validTo: string | null;
            version: number;
            weekdays: number[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getReceptionSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              delete: boolean;
              update: boolean;
            };
            dates: string[];
            endTime: string;
            headInPerson: boolean;
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'regular' | 'periodic_head';
            monthDays: number[];
            nextDates: string[];
            note: string;
            online: boolean;
            onlineLink: string;
            place: string;
            published: boolean;
            receiverName: string;
            receiverTitle: string;
            receiverUserId: number | null;
            startTime: string;
            title: string;
            unitId: number;
            unitName: string;
            validFrom: string;
            validTo: string | null;
            version: number;
            weekdays: number[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  deleteReceptionSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Đã xong (không có nội dung). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  updateReceptionSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          dates?: string[];
          endTime?: string;
          expectedVersion?: number;
          headInPerson?: boolean;
          /** @enum {string} */
          kind?: 'regular' | 'periodic_head';
          monthDays?: number[];
          note?: string;
          online?: boolean;
          onlineLink?: string;
          place?: string;
          published?: boolean;
          receiverName?: string;
          receiverTitle?: string;
          receiverUserId?: (number | string) | null;
          startTime?: string;
          title?: string;
          validFrom?: string;
          validTo?: string | null;
          weekdays?: number[];
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              delete: boolean;
              update: boolean;
            };
            dates: string[];
            endTime: string;
            headInPerson: boolean;
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'regular' | 'periodic_head';
            monthDays: number[];
            nextDates: string[];
            note: string;
            online: boolean;
            onlineLink: string;
            place: string;
            published: boolean;
            receiverName: string;
            receiverTitle: string;
            receiverUserId: number | null;
            startTime: string;
            title: string;
            unitId: number;
            unitName: string;
            validFrom: string;
            validTo: string | null;
            version: number;
            weekdays: number[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listReceptionSessions: {
    parameters: {
      query: {
        from: string;
        to: string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              date: string;
              endTime: string;
              headInPerson: boolean;
              /** @enum {string} */
              kind: 'regular' | 'periodic_head';
              online: boolean;
              onlineLink: string;
              place: string;
              receiverName: string;
              receiverTitle: string;
              scheduleId: number;
              startTime: string;
              title: string;
              unitId: number;
              unitName: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listReceptionVisits: {
    parameters: {
      query?: {
        field?:
          | 'dat_dai'
          | 'chinh_sach_xa_hoi'
          | 'tu_phap'
          | 'tham_nhung'
          | 'moi_truong'
          | 'xay_dung'
          | 'hanh_chinh'
          | 'kinh_te'
          | 'khac';
        from?: string;
        kind?: 'regular' | 'periodic_head' | 'ad_hoc';
        mass?: boolean | string;
        outcome?: 'answered' | 'guided' | 'petition_received' | 'refused';
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        to?: string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              address: string;
              can: {
                attach: boolean;
                conclusion: boolean;
                update: boolean;
              };
              conclusion: string;
              content: string;
              createdAt: string;
              deputyOnBehalf: boolean;
              /** @enum {string} */
              field:
                | 'dat_dai'
                | 'chinh_sach_xa_hoi'
                | 'tu_phap'
                | 'tham_nhung'
                | 'moi_truong'
                | 'xay_dung'
                | 'hanh_chinh'
                | 'kinh_te'
                | 'khac';
              headInPerson: boolean;
              id: number;
              idNumber: string;
              isDemo: boolean;
              /** @enum {string} */
              kind: 'regular' | 'periodic_head' | 'ad_hoc';
              massDelegation: boolean;
              online: boolean;
              onlineNoticeDueBy: string | null;
              onlineNoticeLate: boolean;
              onlineNoticeSentOn: string | null;
              /** @enum {string} */
              outcome: 'answered' | 'guided' | 'petition_received' | 'refused';
              outcomeNote: string;
              petitionId: number | null;
              place: string;
              receivedAt: string;
              receivedOn: string;
              receivedTime: string;
              receiverName: string;
              receiverTitle: string;
              receiverUserId: number | null;
              refusalReason: string;
              representativeName: string;
              unitId: number;
              unitName: string;
              version: number;
              visitorsCount: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createReceptionVisit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          address?: string;
          /** @default  */
          conclusion?: string;
          content: string;
          /** @default false */
          deputyOnBehalf?: boolean;
          /** @enum {string} */
          field:
            | 'dat_dai'
            | 'chinh_sach_xa_hoi'
            | 'tu_phap'
            | 'tham_nhung'
            | 'moi_truong'
            | 'xay_dung'
            | 'hanh_chinh'
            | 'kinh_te'
            | 'khac';
          /** @default false */
          headInPerson?: boolean;
          /** @default  */
          idNumber?: string;
          /** @enum {string} */
          kind: 'regular' | 'periodic_head' | 'ad_hoc';
          /** @default false */
          online?: boolean;
          onlineNoticeSentOn?: string | null;
          /** @enum {string} */
          outcome: 'answered' | 'guided' | 'petition_received' | 'refused';
          /** @default  */
          outcomeNote?: string;
          place: string;
          receivedOn: string;
          receivedTime: string;
          receiverName: string;
          /** @default  */
          receiverTitle?: string;
          receiverUserId?: (number | string) | null;
          /** @default  */
          refusalReason?: string;
          representativeName: string;
          unitId: number | string;
          visitorsCount: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string;
            can: {
              attach: boolean;
              conclusion: boolean;
              update: boolean;
            };
            conclusion: string;
            content: string;
            createdAt: string;
            deputyOnBehalf: boolean;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            headInPerson: boolean;
            id: number;
            idNumber: string;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'regular' | 'periodic_head' | 'ad_hoc';
            massDelegation: boolean;
            online: boolean;
            onlineNoticeDueBy: string | null;
            onlineNoticeLate: boolean;
            onlineNoticeSentOn: string | null;
            /** @enum {string} */
            outcome: 'answered' | 'guided' | 'petition_received' | 'refused';
            outcomeNote: string;
            petitionId: number | null;
            place: string;
            receivedAt: string;
            receivedOn: string;
            receivedTime: string;
            receiverName: string;
            receiverTitle: string;
            receiverUserId: number | null;
            refusalReason: string;
            representativeName: string;
            unitId: number;
            unitName: string;
            version: number;
            visitorsCount: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getReceptionVisit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string;
            can: {
              attach: boolean;
              conclusion: boolean;
              update: boolean;
            };
            conclusion: string;
            content: string;
            createdAt: string;
            deputyOnBehalf: boolean;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            headInPerson: boolean;
            id: number;
            idNumber: string;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'regular' | 'periodic_head' | 'ad_hoc';
            massDelegation: boolean;
            online: boolean;
            onlineNoticeDueBy: string | null;
            onlineNoticeLate: boolean;
            onlineNoticeSentOn: string | null;
            /** @enum {string} */
            outcome: 'answered' | 'guided' | 'petition_received' | 'refused';
            outcomeNote: string;
            petitionId: number | null;
            place: string;
            receivedAt: string;
            receivedOn: string;
            receivedTime: string;
            receiverName: string;
            receiverTitle: string;
            receiverUserId: number | null;
            refusalReason: string;
            representativeName: string;
            unitId: number;
            unitName: string;
            version: number;
            visitorsCount: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateReceptionVisit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address?: string;
          conclusion?: string;
          content?: string;
          deputyOnBehalf?: boolean;
          expectedVersion?: number;
          /** @enum {string} */
          field?:
            | 'dat_dai'
            | 'chinh_sach_xa_hoi'
            | 'tu_phap'
            | 'tham_nhung'
            | 'moi_truong'
            | 'xay_dung'
            | 'hanh_chinh'
            | 'kinh_te'
            | 'khac';
          headInPerson?: boolean;
          idNumber?: string;
          /** @enum {string} */
          kind?: 'regular' | 'periodic_head' | 'ad_hoc';
          online?: boolean;
          onlineNoticeSentOn?: string | null;
          /** @enum {string} */
          outcome?: 'answered' | 'guided' | 'petition_received' | 'refused';
          outcomeNote?: string;
          place?: string;
          receivedOn?: string;
          receivedTime?: string;
          receiverName?: string;
          receiverTitle?: string;
          receiverUserId?: (number | string) | null;
          refusalReason?: string;
          representativeName?: string;
          visitorsCount?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string;
            can: {
              attach: boolean;
              conclusion: boolean;
              update: boolean;
            };
            conclusion: string;
            content: string;
            createdAt: string;
            deputyOnBehalf: boolean;
            /** @enum {string} */
            field:
              | 'dat_dai'
              | 'chinh_sach_xa_hoi'
              | 'tu_phap'
              | 'tham_nhung'
              | 'moi_truong'
              | 'xay_dung'
              | 'hanh_chinh'
              | 'kinh_te'
              | 'khac';
            headInPerson: boolean;
            id: number;
            idNumber: string;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'regular' | 'periodic_head' | 'ad_hoc';
            massDelegation: boolean;
            online: boolean;
            onlineNoticeDueBy: string | null;
            onlineNoticeLate: boolean;
            onlineNoticeSentOn: string | null;
            /** @enum {string} */
            outcome: 'answered' | 'guided' | 'petition_received' | 'refused';
            outcomeNote: string;
            petitionId: number | null;
            place: string;
            receivedAt: string;
            receivedOn: string;
            receivedTime: string;
            receiverName: string;
            receiverTitle: string;
            receiverUserId: number | null;
            refusalReason: string;
            representativeName: string;
            unitId: number;
            unitName: string;
            version: number;
            visitorsCount: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  downloadReceptionConclusion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  exportReceptionVisits: {
    parameters: {
      query?: {
        field?:
          | 'dat_dai'
          | 'chinh_sach_xa_hoi'
          | 'tu_phap'
          | 'tham_nhung'
          | 'moi_truong'
          | 'xay_dung'
          | 'hanh_chinh'
          | 'kinh_te'
          | 'khac';
        from?: string;
        kind?: 'regular' | 'periodic_head' | 'ad_hoc';
        mass?: boolean | string;
        outcome?: 'answered' | 'guided' | 'petition_received' | 'refused';
        q?: string;
        to?: string;
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listPeriods: {
    parameters: {
      query?: {
        kind?: 'six_month' | 'nine_month' | 'annual' | 'quarterly' | 'thematic' | 'ad_hoc';
        status?: 'open' | 'closed';
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['Period'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createPeriod: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          cutoffDate?: string;
          deadlines: {
            deadline: string;
            /** @enum {string} */
            level: 'unit' | 'province';
            /** @default 5 */
            remindDaysBefore?: number;
          }[];
          fromDate?: string;
          /** @enum {string} */
          kind: 'six_month' | 'nine_month' | 'annual' | 'quarterly' | 'thematic' | 'ad_hoc';
          name?: string;
          quarter?: number | null;
          /** @default [] */
          requiredGroups?: string[];
          /** @default [] */
          requiredKinds?: string[];
          rootUnitId: number | string;
          templateId: number | string;
          toDate?: string;
          year: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Period'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getPeriod: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Period'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updatePeriod: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          cutoffDate?: string;
          deadlines?: {
            deadline: string;
            /** @enum {string} */
            level: 'unit' | 'province';
            /** @default 5 */
            remindDaysBefore?: number;
          }[];
          name?: string;
          requiredGroups?: string[];
          requiredKinds?: string[];
          /** @enum {string} */
          status?: 'open' | 'closed';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Period'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getCompilation: {
    parameters: {
      query?: {
        includeSubmitted?: string;
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Compilation'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  compileProvinceReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default false */
          includeSubmitted?: boolean;
          /** @default false */
          overwriteNarratives?: boolean;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getPeriodDashboard: {
    parameters: {
      query?: {
        includeSubmitted?: string;
        unitId?: number | string;
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Dashboard'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  exportPeriod: {
    parameters: {
      query?: {
        includeSubmitted?: string;
        unitId?: number | string;
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  remindLateUnits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RemindLateUnitsResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listPeriodReports: {
    parameters: {
      query?: {
        deadline?: 'on_time' | 'late' | 'missing' | 'not_due' | 'other';
        group?: string;
        page?: number | string;
        pageSize?: number | string;
        sort?: 'unit' | '-unit' | 'submitted' | '-submitted';
        status?: 'draft' | 'submitted' | 'returned' | 'accepted' | 'missing' | 'late' | 'not_started';
        unitId?: number | string;
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['ReportRef'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  openReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getRollup: {
    parameters: {
      query?: {
        includeSubmitted?: string;
        unitId?: number | string;
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Rollup'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getRollupDrilldown: {
    parameters: {
      query: {
        includeSubmitted?: string;
        indicator: string;
        unitId?: number | string;
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['DrilldownRow'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listFigureProviders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['FigureProvider'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  saveReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion?: number;
          narratives?: {
            [key: string]: string;
          };
          values?: {
            code: string;
            overrideReason?: string;
            value: number | null;
          }[];
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SaveResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  acceptReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  downloadReportDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  exportReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  recomputeReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  reopenReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  returnReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          comment?: string;
          /** @default {} */
          sectionComments?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  submitReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
          expectedVersion?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listTemplates: {
    parameters: {
      query?: {
        all?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['TemplateSummary'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          /** @default  */
          description?: string;
          /** @default [] */
          indicators?: {
            /**
             * @default sum
             * @enum {string}
             */
            aggregation?: 'sum' | 'avg' | 'min' | 'max' | 'last' | 'ratio';
            code: string;
            definition?: string;
            denominator?: string;
            max?: number;
            min?: number;
            name: string;
            numerator?: string;
            providerKey?: string;
            sectionCode: string;
            /**
             * @default integer
             * @enum {string}
             */
            type?: 'integer' | 'decimal' | 'percent';
            unit: string;
          }[];
          /** @default  */
          legalBasis?: string;
          name: string;
          ownerUnitId: number | string;
          /** @default [] */
          rules?: {
            code: string;
            expression: string;
            message: string;
            /**
             * @default error
             * @enum {string}
             */
            severity?: 'error' | 'warning';
          }[];
          sections: components['schemas']['TemplateSectionInput'][];
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          description?: string;
          /** @default [] */
          indicators?: {
            /**
             * @default sum
             * @enum {string}
             */
            aggregation?: 'sum' | 'avg' | 'min' | 'max' | 'last' | 'ratio';
            code: string;
            definition?: string;
            denominator?: string;
            max?: number;
            min?: number;
            name: string;
            numerator?: string;
            providerKey?: string;
            sectionCode: string;
            /**
             * @default integer
             * @enum {string}
             */
            type?: 'integer' | 'decimal' | 'percent';
            unit: string;
          }[];
          /** @default  */
          legalBasis?: string;
          name: string;
          /** @default [] */
          rules?: {
            code: string;
            expression: string;
            message: string;
            /**
             * @default error
             * @enum {string}
             */
            severity?: 'error' | 'warning';
          }[];
          sections: components['schemas']['TemplateSectionInput'][];
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listScoringAssessments: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        roundId?: number | string;
        state?: 'draft' | 'submitted' | 'appraised' | 'explained' | 'decided';
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              appraisedAt: string | null;
              appraisedTotal: number | null;
              band: ('xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh') | null;
              can: {
                appraise: boolean;
                comment: boolean;
                decide: boolean;
                draft: boolean;
                explain: boolean;
                sendAppraisal: boolean;
                sendExplanation: boolean;
                submit: boolean;
              };
              decidedAt: string | null;
              disqualified: boolean;
              disqualifyReason: string;
              explainUntil: string | null;
              finalTotal: number | null;
              id: number;
              isDemo: boolean;
              late: boolean;
              maxTotal: number;
              roundId: number;
              roundName: string;
              selfTotal: number;
              /** @enum {string} */
              state: 'draft' | 'submitted' | 'appraised' | 'explained' | 'decided';
              submitDeadline: string;
              submittedAt: string | null;
              unitCode: string;
              unitId: number;
              unitName: string;
              version: number;
              year: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  openScoringAssessment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          roundId: number | string;
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appraisedAt: string | null;
            appraisedTotal: number | null;
            band: ('xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh') | null;
            can: {
              appraise: boolean;
              comment: boolean;
              decide: boolean;
              draft: boolean;
              explain: boolean;
              sendAppraisal: boolean;
              sendExplanation: boolean;
              submit: boolean;
            };
            comments: {
              authorName: string;
              authorUnitName: string;
              createdAt: string;
              id: number;
              text: string;
            }[];
            decidedAt: string | null;
            disqualified: boolean;
            disqualifyReason: string;
            explainUntil: string | null;
            finalTotal: number | null;
            groups: {
              appraisedTotal: number | null;
              code: string;
              finalTotal: number | null;
              items: {
                appraisalComment: string;
                appraisedScore: number | null;
                criterionCode: string;
                decisionComment: string;
                evidenceLinks: {
                  label: string;
                  path: string;
                }[];
                evidenceRequired: string;
                explanation: string;
                finalScore: number | null;
                guidance: string;
                id: number;
                /** @enum {string} */
                kind: 'score' | 'bonus' | 'deduction';
                maxPoints: number;
                name: string;
                proposal: {
                  computedAt: string;
                  description: string;
                  evidence: {
                    label: string;
                    path: string;
                  };
                  figures?: {
                    [key: string]: number;
                  };
                  key: string;
                  score: number | null;
                } | null;
                /** @enum {string} */
                scoredBy: 'self' | 'superior';
                selfFromProposal: boolean;
                selfReason: string;
                selfScore: number | null;
              }[];
              maxPoints: number;
              name: string;
              selfTotal: number;
            }[];
            id: number;
            isDemo: boolean;
            late: boolean;
            maxTotal: number;
            roundId: number;
            roundName: string;
            selfTotal: number;
            setId: number;
            setName: string;
            /** @enum {string} */
            state: 'draft' | 'submitted' | 'appraised' | 'explained' | 'decided';
            submitDeadline: string;
            submittedAt: string | null;
            unitCode: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getScoringAssessment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appraisedAt: string | null;
            appraisedTotal: number | null;
            band: ('xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh') | null;
            can: {
              appraise: boolean;
              comment: boolean;
              decide: boolean;
              draft: boolean;
              explain: boolean;
              sendAppraisal: boolean;
              sendExplanation: boolean;
              submit: boolean;
            };
            comments: {
              authorName: string;
              authorUnitName: string;
              createdAt: string;
              id: number;
              text: string;
            }[];
            decidedAt: string | null;
            disqualified: boolean;
            disqualifyReason: string;
            explainUntil: string | null;
            finalTotal: number | null;
            groups: {
              appraisedTotal: number | null;
              code: string;
              finalTotal: number | null;
              items: {
                appraisalComment: string;
                appraisedScore: number | null;
                criterionCode: string;
                decisionComment: string;
                evidenceLinks: {
                  label: string;
                  path: string;
                }[];
                evidenceRequired: string;
                explanation: string;
                finalScore: number | null;
                guidance: string;
                id: number;
                /** @enum {string} */
                kind: 'score' | 'bonus' | 'deduction';
                maxPoints: number;
                name: string;
                proposal: {
                  computedAt: string;
                  description: string;
                  evidence: {
                    label: string;
                    path: string;
                  };
                  figures?: {
                    [key: string]: number;
                  };
                  key: string;
                  score: number | null;
                } | null;
                /** @enum {string} */
                scoredBy: 'self' | 'superior';
                selfFromProposal: boolean;
                selfReason: string;
                selfScore: number | null;
              }[];
              maxPoints: number;
              name: string;
              selfTotal: number;
            }[];
            id: number;
            isDemo: boolean;
            late: boolean;
            maxTotal: number;
            roundId: number;
            roundName: string;
            selfTotal: number;
            setId: number;
            setName: string;
            /** @enum {string} */
            state: 'draft' | 'submitted' | 'appraised' | 'explained' | 'decided';
            submitDeadline: string;
            submittedAt: string | null;
            unitCode: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  commentScoringAssessment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            authorName: string;
            authorUnitName: string;
            createdAt: string;
            id: number;
            text: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  decideScoringAssessment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default false */
          disqualified?: boolean;
          /** @default  */
          disqualifyReason?: string;
          items?: {
            /** @default  */
            comment?: string;
            finalScore: number;
            itemId: number | string;
          }[];
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appraisedAt: string | null;
            appraisedTotal: number | null;
            band: ('xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh') | null;
            can: {
              appraise: boolean;
              comment: boolean;
              decide: boolean;
              draft: boolean;
              explain: boolean;
              sendAppraisal: boolean;
              sendExplanation: boolean;
              submit: boolean;
            };
            comments: {
              authorName: string;
              authorUnitName: string;
              createdAt: string;
              id: number;
              text: string;
            }[];
            decidedAt: string | null;
            disqualified: boolean;
            disqualifyReason: string;
            explainUntil: string | null;
            finalTotal: number | null;
            groups: {
              appraisedTotal: number | null;
              code: string;
              finalTotal: number | null;
              items: {
                appraisalComment: string;
                appraisedScore: number | null;
                criterionCode: string;
                decisionComment: string;
                evidenceLinks: {
                  label: string;
                  path: string;
                }[];
                evidenceRequired: string;
                explanation: string;
                finalScore: number | null;
                guidance: string;
                id: number;
                /** @enum {string} */
                kind: 'score' | 'bonus' | 'deduction';
                maxPoints: number;
                name: string;
                proposal: {
                  computedAt: string;
                  description: string;
                  evidence: {
                    label: string;
                    path: string;
                  };
                  figures?: {
                    [key: string]: number;
                  };
                  key: string;
                  score: number | null;
                } | null;
                /** @enum {string} */
                scoredBy: 'self' | 'superior';
                selfFromProposal: boolean;
                selfReason: string;
                selfScore: number | null;
              }[];
              maxPoints: number;
              name: string;
              selfTotal: number;
            }[];
            id: number;
            isDemo: boolean;
            late: boolean;
            maxTotal: number;
            roundId: number;
            roundName: string;
            selfTotal: number;
            setId: number;
            setName: string;
            /** @enum {string} */
            state: 'draft' | 'submitted' | 'appraised' | 'explained' | 'decided';
            submitDeadline: string;
            submittedAt: string | null;
            unitCode: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  exportScoringAssessment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  selfScoreScoringItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
        itemId: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          evidenceLinks?: {
            label: string;
            path: string;
          }[];
          selfReason?: string;
          selfScore?: number | null;
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appraisedAt: string | null;
            appraisedTotal: number | null;
            band: ('xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh') | null;
            can: {
              appraise: boolean;
              comment: boolean;
              decide: boolean;
              draft: boolean;
              explain: boolean;
              sendAppraisal: boolean;
              sendExplanation: boolean;
              submit: boolean;
            };
            comments: {
              authorName: string;
              authorUnitName: string;
              createdAt: string;
              id: number;
              text: string;
            }[];
            decidedAt: string | null;
            disqualified: boolean;
            disqualifyReason: string;
            explainUntil: string | null;
            finalTotal: number | null;
            groups: {
              appraisedTotal: number | null;
              code: string;
              finalTotal: number | null;
              items: {
                appraisalComment: string;
                appraisedScore: number | null;
                criterionCode: string;
                decisionComment: string;
                evidenceLinks: {
                  label: string;
                  path: string;
                }[];
                evidenceRequired: string;
                explanation: string;
                finalScore: number | null;
                guidance: string;
                id: number;
                /** @enum {string} */
                kind: 'score' | 'bonus' | 'deduction';
                maxPoints: number;
                name: string;
                proposal: {
                  computedAt: string;
                  description: string;
                  evidence: {
                    label: string;
                    path: string;
                  };
                  figures?: {
                    [key: string]: number;
                  };
                  key: string;
                  score: number | null;
                } | null;
                /** @enum {string} */
                scoredBy: 'self' | 'superior';
                selfFromProposal: boolean;
                selfReason: string;
                selfScore: number | null;
              }[];
              maxPoints: number;
              name: string;
              selfTotal: number;
            }[];
            id: number;
            isDemo: boolean;
            late: boolean;
            maxTotal: number;
            roundId: number;
            roundName: string;
            selfTotal: number;
            setId: number;
            setName: string;
            /** @enum {string} */
            state: 'draft' | 'submitted' | 'appraised' | 'explained' | 'decided';
            submitDeadline: string;
            submittedAt: string | null;
            unitCode: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  appraiseScoringItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
        itemId: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          appraisedScore: number;
          /** @default  */
          comment?: string;
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appraisedAt: string | null;
            appraisedTotal: number | null;
            band: ('xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh') | null;
            can: {
              appraise: boolean;
              comment: boolean;
              decide: boolean;
              draft: boolean;
              explain: boolean;
              sendAppraisal: boolean;
              sendExplanation: boolean;
              submit: boolean;
            };
            comments: {
              authorName: string;
              authorUnitName: string;
              createdAt: string;
              id: number;
              text: string;
            }[];
            decidedAt: string | null;
            disqualified: boolean;
            disqualifyReason: string;
            explainUntil: string | null;
            finalTotal: number | null;
            groups: {
              appraisedTotal: number | null;
              code: string;
              finalTotal: number | null;
              items: {
                appraisalComment: string;
                appraisedScore: number | null;
                criterionCode: string;
                decisionComment: string;
                evidenceLinks: {
                  label: string;
                  path: string;
                }[];
                evidenceRequired: string;
                explanation: string;
                finalScore: number | null;
                guidance: string;
                id: number;
                /** @enum {string} */
                kind: 'score' | 'bonus' | 'deduction';
                maxPoints: number;
                name: string;
                proposal: {
                  computedAt: string;
                  description: string;
                  evidence: {
                    label: string;
                    path: string;
                  };
                  figures?: {
                    [key: string]: number;
                  };
                  key: string;
                  score: number | null;
                } | null;
                /** @enum {string} */
                scoredBy: 'self' | 'superior';
                selfFromProposal: boolean;
                selfReason: string;
                selfScore: number | null;
              }[];
              maxPoints: number;
              name: string;
              selfTotal: number;
            }[];
            id: number;
            isDemo: boolean;
            late: boolean;
            maxTotal: number;
            roundId: number;
            roundName: string;
            selfTotal: number;
            setId: number;
            setName: string;
            /** @enum {string} */
            state: 'draft' | 'submitted' | 'appraised' | 'explained' | 'decided';
            submitDeadline: string;
            submittedAt: string | null;
            unitCode: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  explainScoringItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
        itemId: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          explanation: string;
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appraisedAt: string | null;
            appraisedTotal: number | null;
            band: ('xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh') | null;
            can: {
              appraise: boolean;
              comment: boolean;
              decide: boolean;
              draft: boolean;
              explain: boolean;
              sendAppraisal: boolean;
              sendExplanation: boolean;
              submit: boolean;
            };
            comments: {
              authorName: string;
              authorUnitName: string;
              createdAt: string;
              id: number;
              text: string;
            }[];
            decidedAt: string | null;
            disqualified: boolean;
            disqualifyReason: string;
            explainUntil: string | null;
            finalTotal: number | null;
            groups: {
              appraisedTotal: number | null;
              code: string;
              finalTotal: number | null;
              items: {
                appraisalComment: string;
                appraisedScore: number | null;
                criterionCode: string;
                decisionComment: string;
                evidenceLinks: {
                  label: string;
                  path: string;
                }[];
                evidenceRequired: string;
                explanation: string;
                finalScore: number | null;
                guidance: string;
                id: number;
                /** @enum {string} */
                kind: 'score' | 'bonus' | 'deduction';
                maxPoints: number;
                name: string;
                proposal: {
                  computedAt: string;
                  description: string;
                  evidence: {
                    label: string;
                    path: string;
                  };
                  figures?: {
                    [key: string]: number;
                  };
                  key: string;
                  score: number | null;
                } | null;
                /** @enum {string} */
                scoredBy: 'self' | 'superior';
                selfFromProposal: boolean;
                selfReason: string;
                selfScore: number | null;
              }[];
              maxPoints: number;
              name: string;
              selfTotal: number;
            }[];
            id: number;
            isDemo: boolean;
            late: boolean;
            maxTotal: number;
            roundId: number;
            roundName: string;
            selfTotal: number;
            setId: number;
            setName: string;
            /** @enum {string} */
            state: 'draft' | 'submitted' | 'appraised' | 'explained' | 'decided';
            submitDeadline: string;
            submittedAt: string | null;
            unitCode: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  proposeScoringAssessment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appraisedAt: string | null;
            appraisedTotal: number | null;
            band: ('xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh') | null;
            can: {
              appraise: boolean;
              comment: boolean;
              decide: boolean;
              draft: boolean;
              explain: boolean;
              sendAppraisal: boolean;
              sendExplanation: boolean;
              submit: boolean;
            };
            comments: {
              authorName: string;
              authorUnitName: string;
              createdAt: string;
              id: number;
              text: string;
            }[];
            decidedAt: string | null;
            disqualified: boolean;
            disqualifyReason: string;
            explainUntil: string | null;
            finalTotal: number | null;
            groups: {
              appraisedTotal: number | null;
              code: string;
              finalTotal: number | null;
              items: {
                appraisalComment: string;
                appraisedScore: number | null;
                criterionCode: string;
                decisionComment: string;
                evidenceLinks: {
                  label: string;
                  path: string;
                }[];
                evidenceRequired: string;
                explanation: string;
                finalScore: number | null;
                guidance: string;
                id: number;
                /** @enum {string} */
                kind: 'score' | 'bonus' | 'deduction';
                maxPoints: number;
                name: string;
                proposal: {
                  computedAt: string;
                  description: string;
                  evidence: {
                    label: string;
                    path: string;
                  };
                  figures?: {
                    [key: string]: number;
                  };
                  key: string;
                  score: number | null;
                } | null;
                /** @enum {string} */
                scoredBy: 'self' | 'superior';
                selfFromProposal: boolean;
                selfReason: string;
                selfScore: number | null;
              }[];
              maxPoints: number;
              name: string;
              selfTotal: number;
            }[];
            id: number;
            isDemo: boolean;
            late: boolean;
            maxTotal: number;
            roundId: number;
            roundName: string;
            selfTotal: number;
            setId: number;
            setName: string;
            /** @enum {string} */
            state: 'draft' | 'submitted' | 'appraised' | 'explained' | 'decided';
            submitDeadline: string;
            submittedAt: string | null;
            unitCode: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  sendScoringAppraisal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appraisedAt: string | null;
            appraisedTotal: number | null;
            band: ('xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh') | null;
            can: {
              appraise: boolean;
              comment: boolean;
              decide: boolean;
              draft: boolean;
              explain: boolean;
              sendAppraisal: boolean;
              sendExplanation: boolean;
              submit: boolean;
            };
            comments: {
              authorName: string;
              authorUnitName: string;
              createdAt: string;
              id: number;
              text: string;
            }[];
            decidedAt: string | null;
            disqualified: boolean;
            disqualifyReason: string;
            explainUntil: string | null;
            finalTotal: number | null;
            groups: {
              appraisedTotal: number | null;
              code: string;
              finalTotal: number | null;
              items: {
                appraisalComment: string;
                appraisedScore: number | null;
                criterionCode: string;
                decisionComment: string;
                evidenceLinks: {
                  label: string;
                  path: string;
                }[];
                evidenceRequired: string;
                explanation: string;
                finalScore: number | null;
                guidance: string;
                id: number;
                /** @enum {string} */
                kind: 'score' | 'bonus' | 'deduction';
                maxPoints: number;
                name: string;
                proposal: {
                  computedAt: string;
                  description: string;
                  evidence: {
                    label: string;
                    path: string;
                  };
                  figures?: {
                    [key: string]: number;
                  };
                  key: string;
                  score: number | null;
                } | null;
                /** @enum {string} */
                scoredBy: 'self' | 'superior';
                selfFromProposal: boolean;
                selfReason: string;
                selfScore: number | null;
              }[];
              maxPoints: number;
              name: string;
              selfTotal: number;
            }[];
            id: number;
            isDemo: boolean;
            late: boolean;
            maxTotal: number;
            roundId: number;
            roundName: string;
            selfTotal: number;
            setId: number;
            setName: string;
            /** @enum {string} */
            state: 'draft' | 'submitted' | 'appraised' | 'explained' | 'decided';
            submitDeadline: string;
            submittedAt: string | null;
            unitCode: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  sendScoringExplanation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appraisedAt: string | null;
            appraisedTotal: number | null;
            band: ('xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh') | null;
            can: {
              appraise: boolean;
              comment: boolean;
              decide: boolean;
              draft: boolean;
              explain: boolean;
              sendAppraisal: boolean;
              sendExplanation: boolean;
              submit: boolean;
            };
            comments: {
              authorName: string;
              authorUnitName: string;
              createdAt: string;
              id: number;
              text: string;
            }[];
            decidedAt: string | null;
            disqualified: boolean;
            disqualifyReason: string;
            explainUntil: string | null;
            finalTotal: number | null;
            groups: {
              appraisedTotal: number | null;
              code: string;
              finalTotal: number | null;
              items: {
                appraisalComment: string;
                appraisedScore: number | null;
                criterionCode: string;
                decisionComment: string;
                evidenceLinks: {
                  label: string;
                  path: string;
                }[];
                evidenceRequired: string;
                explanation: string;
                finalScore: number | null;
                guidance: string;
                id: number;
                /** @enum {string} */
                kind: 'score' | 'bonus' | 'deduction';
                maxPoints: number;
                name: string;
                proposal: {
                  computedAt: string;
                  description: string;
                  evidence: {
                    label: string;
                    path: string;
                  };
                  figures?: {
                    [key: string]: number;
                  };
                  key: string;
                  score: number | null;
                } | null;
                /** @enum {string} */
                scoredBy: 'self' | 'superior';
                selfFromProposal: boolean;
                selfReason: string;
                selfScore: number | null;
              }[];
              maxPoints: number;
              name: string;
              selfTotal: number;
            }[];
            id: number;
            isDemo: boolean;
            late: boolean;
            maxTotal: number;
            roundId: number;
            roundName: string;
            selfTotal: number;
            setId: number;
            setName: string;
            /** @enum {string} */
            state: 'draft' | 'submitted' | 'appraised' | 'explained' | 'decided';
            submitDeadline: string;
            submittedAt: string | null;
            unitCode: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  submitScoringAssessment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appraisedAt: string | null;
            appraisedTotal: number | null;
            band: ('xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh') | null;
            can: {
              appraise: boolean;
              comment: boolean;
              decide: boolean;
              draft: boolean;
              explain: boolean;
              sendAppraisal: boolean;
              sendExplanation: boolean;
              submit: boolean;
            };
            comments: {
              authorName: string;
              authorUnitName: string;
              createdAt: string;
              id: number;
              text: string;
            }[];
            decidedAt: string | null;
            disqualified: boolean;
            disqualifyReason: string;
            explainUntil: string | null;
            finalTotal: number | null;
            groups: {
              appraisedTotal: number | null;
              code: string;
              finalTotal: number | null;
              items: {
                appraisalComment: string;
                appraisedScore: number | null;
                criterionCode: string;
                decisionComment: string;
                evidenceLinks: {
                  label: string;
                  path: string;
                }[];
                evidenceRequired: string;
                explanation: string;
                finalScore: number | null;
                guidance: string;
                id: number;
                /** @enum {string} */
                kind: 'score' | 'bonus' | 'deduction';
                maxPoints: number;
                name: string;
                proposal: {
                  computedAt: string;
                  description: string;
                  evidence: {
                    label: string;
                    path: string;
                  };
                  figures?: {
                    [key: string]: number;
                  };
                  key: string;
                  score: number | null;
                } | null;
                /** @enum {string} */
                scoredBy: 'self' | 'superior';
                selfFromProposal: boolean;
                selfReason: string;
                selfScore: number | null;
              }[];
              maxPoints: number;
              name: string;
              selfTotal: number;
            }[];
            id: number;
            isDemo: boolean;
            late: boolean;
            maxTotal: number;
            roundId: number;
            roundName: string;
            selfTotal: number;
            setId: number;
            setName: string;
            /** @enum {string} */
            state: 'draft' | 'submitted' | 'appraised' | 'explained' | 'decided';
            submitDeadline: string;
            submittedAt: string | null;
            unitCode: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listScoringBandSchemes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              bands: {
                /** @enum {string} */
                code: 'xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh';
                label: string;
                max: number | null;
                maxInclusive: boolean;
                min: number | null;
                minInclusive: boolean;
                requiresEligibility: boolean;
              }[];
              basis: string;
              cap: {
                /** @enum {string} */
                band: 'xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh';
                /** @enum {string} */
                moveTo: 'xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh';
                ofBands: ('xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh')[];
                percent: number;
              } | null;
              code: string;
              effectiveFrom: string;
              effectiveTo: string | null;
              id: number;
              name: string;
              needsCheck: boolean;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listScoringProposers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              available: boolean;
              description: string;
              key: string;
              label: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listScoringRounds: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        state?: 'draft' | 'open' | 'published';
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              bandSchemeId: number;
              bandSchemeName: string;
              can: {
                decisionDocx: boolean;
                open: boolean;
                propose: boolean;
                publish: boolean;
                update: boolean;
              };
              counts: {
                appraised: number;
                decided: number;
                draft: number;
                explained: number;
                notStarted: number;
                participants: number;
                submitted: number;
              };
              createdAt: string;
              decisionDate: string | null;
              decisionNumber: string;
              explainDays: number;
              groups: {
                code: string;
                id: number;
                name: string;
              }[];
              id: number;
              isDemo: boolean;
              name: string;
              publishedAt: string | null;
              setId: number;
              setName: string;
              signerName: string;
              signerPosition: string;
              /** @enum {string} */
              state: 'draft' | 'open' | 'published';
              submitDeadline: string;
              unitId: number;
              unitName: string;
              version: number;
              year: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createScoringRound: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          explainDays?: number | string;
          groupIds: (number | string)[];
          name: string;
          setId: number | string;
          submitDeadline: string;
          unitId: number | string;
          year: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bandSchemeId: number;
            bandSchemeName: string;
            can: {
              decisionDocx: boolean;
              open: boolean;
              propose: boolean;
              publish: boolean;
              update: boolean;
            };
            counts: {
              appraised: number;
              decided: number;
              draft: number;
              explained: number;
              notStarted: number;
              participants: number;
              submitted: number;
            };
            createdAt: string;
            decisionDate: string | null;
            decisionNumber: string;
            explainDays: number;
            groups: {
              code: string;
              id: number;
              name: string;
            }[];
            id: number;
            isDemo: boolean;
            name: string;
            publishedAt: string | null;
            setId: number;
            setName: string;
            signerName: string;
            signerPosition: string;
            /** @enum {string} */
            state: 'draft' | 'open' | 'published';
            submitDeadline: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getScoringRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bandSchemeId: number;
            bandSchemeName: string;
            can: {
              decisionDocx: boolean;
              open: boolean;
              propose: boolean;
              publish: boolean;
              update: boolean;
            };
            counts: {
              appraised: number;
              decided: number;
              draft: number;
              explained: number;
              notStarted: number;
              participants: number;
              submitted: number;
            };
            createdAt: string;
            decisionDate: string | null;
            decisionNumber: string;
            explainDays: number;
            groups: {
              code: string;
              id: number;
              name: string;
            }[];
            id: number;
            isDemo: boolean;
            name: string;
            publishedAt: string | null;
            setId: number;
            setName: string;
            signerName: string;
            signerPosition: string;
            /** @enum {string} */
            state: 'draft' | 'open' | 'published';
            submitDeadline: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateScoringRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          decisionDate?: string | null;
          decisionNumber?: string;
          explainDays?: number | string;
          name?: string;
          signerName?: string;
          signerPosition?: string;
          submitDeadline?: string;
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bandSchemeId: number;
            bandSchemeName: string;
            can: {
              decisionDocx: boolean;
              open: boolean;
              propose: boolean;
              publish: boolean;
              update: boolean;
            };
            counts: {
              appraised: number;
              decided: number;
              draft: number;
              explained: number;
              notStarted: number;
              participants: number;
              submitted: number;
            };
            createdAt: string;
            decisionDate: string | null;
            decisionNumber: string;
            explainDays: number;
            groups: {
              code: string;
              id: number;
              name: string;
            }[];
            id: number;
            isDemo: boolean;
            name: string;
            publishedAt: string | null;
            setId: number;
            setName: string;
            signerName: string;
            signerPosition: string;
            /** @enum {string} */
            state: 'draft' | 'open' | 'published';
            submitDeadline: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getScoringCompliance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              assessmentId: number | null;
              groupNames: string[];
              late: boolean;
              /** @enum {string} */
              status: 'not_started' | 'draft' | 'submitted' | 'appraised' | 'explained' | 'decided';
              submittedAt: string | null;
              unitCode: string;
              unitId: number;
              unitName: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  downloadScoringDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  openScoringRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bandSchemeId: number;
            bandSchemeName: string;
            can: {
              decisionDocx: boolean;
              open: boolean;
              propose: boolean;
              publish: boolean;
              update: boolean;
            };
            counts: {
              appraised: number;
              decided: number;
              draft: number;
              explained: number;
              notStarted: number;
              participants: number;
              submitted: number;
            };
            createdAt: string;
            decisionDate: string | null;
            decisionNumber: string;
            explainDays: number;
            groups: {
              code: string;
              id: number;
              name: string;
            }[];
            id: number;
            isDemo: boolean;
            name: string;
            publishedAt: string | null;
            setId: number;
            setName: string;
            signerName: string;
            signerPosition: string;
            /** @enum {string} */
            state: 'draft' | 'open' | 'published';
            submitDeadline: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  proposeScoringRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            changed: number;
            criteria: number;
            noData: number;
            proposals: number;
            round: {
              bandSchemeId: number;
              bandSchemeName: string;
              can: {
                decisionDocx: boolean;
                open: boolean;
                propose: boolean;
                publish: boolean;
                update: boolean;
              };
              counts: {
                appraised: number;
                decided: number;
                draft: number;
                explained: number;
                notStarted: number;
                participants: number;
                submitted: number;
              };
              createdAt: string;
              decisionDate: string | null;
              decisionNumber: string;
              explainDays: number;
              groups: {
                code: string;
                id: number;
                name: string;
              }[];
              id: number;
              isDemo: boolean;
              name: string;
              publishedAt: string | null;
              setId: number;
              setName: string;
              signerName: string;
              signerPosition: string;
              /** @enum {string} */
              state: 'draft' | 'open' | 'published';
              submitDeadline: string;
              unitId: number;
              unitName: string;
              version: number;
              year: number;
            };
            units: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  publishScoringRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default null */
          decisionDate?: string | null;
          /** @default  */
          decisionNumber?: string;
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bandSchemeId: number;
            bandSchemeName: string;
            can: {
              decisionDocx: boolean;
              open: boolean;
              propose: boolean;
              publish: boolean;
              update: boolean;
            };
            counts: {
              appraised: number;
              decided: number;
              draft: number;
              explained: number;
              notStarted: number;
              participants: number;
              submitted: number;
            };
            createdAt: string;
            decisionDate: string | null;
            decisionNumber: string;
            explainDays: number;
            groups: {
              code: string;
              id: number;
              name: string;
            }[];
            id: number;
            isDemo: boolean;
            name: string;
            publishedAt: string | null;
            setId: number;
            setName: string;
            signerName: string;
            signerPosition: string;
            /** @enum {string} */
            state: 'draft' | 'open' | 'published';
            submitDeadline: string;
            unitId: number;
            unitName: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getScoringRanking: {
    parameters: {
      query?: {
        groupId?: number | string;
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bandCounts: {
              [key: string]: number;
            };
            bandScheme: {
              bands: {
                /** @enum {string} */
                code: 'xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh';
                label: string;
                max: number | null;
                maxInclusive: boolean;
                min: number | null;
                minInclusive: boolean;
                requiresEligibility: boolean;
              }[];
              basis: string;
              cap: {
                /** @enum {string} */
                band: 'xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh';
                /** @enum {string} */
                moveTo: 'xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh';
                ofBands: ('xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh')[];
                percent: number;
              } | null;
              code: string;
              effectiveFrom: string;
              effectiveTo: string | null;
              id: number;
              name: string;
              needsCheck: boolean;
            };
            cap: {
              allowed: number;
              base: number;
              before: number;
              moved: {
                place: number;
                reason: string;
                total: number;
                unitId: number;
                unitName: string;
              }[];
              percent: number;
            } | null;
            groups: {
              groupCode: string;
              groupId: number;
              groupName: string;
              rows: {
                assessmentId: number;
                band: ('xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh') | null;
                bandByScore: ('xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh') | null;
                capApplied: boolean;
                disqualified: boolean;
                maxTotal: number;
                note: string;
                rank: number;
                total: number;
                unitCode: string;
                unitId: number;
                unitName: string;
              }[];
            }[];
            published: boolean;
            roundId: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  exportScoringRanking: {
    parameters: {
      query?: {
        groupId?: number | string;
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listScoringSets: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        state?: 'draft' | 'issued' | 'superseded';
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              bandSchemeId: number;
              bandSchemeName: string;
              basis: string;
              can: {
                issue: boolean;
                update: boolean;
              };
              createdAt: string;
              criteriaCount: number;
              id: number;
              maxTotal: number;
              name: string;
              needsCheck: boolean;
              previousVersionId: number | null;
              selfPoints: number;
              setVersion: number;
              /** @enum {string} */
              state: 'draft' | 'issued' | 'superseded';
              superiorPoints: number;
              unitId: number;
              unitName: string;
              updatedAt: string;
              usedAt: string | null;
              version: number;
              year: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createScoringSet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          bandSchemeId: number | string;
          /** @default  */
          basis?: string;
          content: {
            groups: {
              code: string;
              criteria: {
                code: string;
                /** @default  */
                evidenceRequired?: string;
                /** @default  */
                guidance?: string;
                /**
                 * @default score
                 * @enum {string}
                 */
                kind?: 'score' | 'bonus' | 'deduction';
                maxPoints: number;
                name: string;
                /** @default null */
                proposerKey?: string | null;
                /**
                 * @default self
                 * @enum {string}
                 */
                scoredBy?: 'self' | 'superior';
              }[];
              maxPoints: number;
              name: string;
            }[];
          };
          name: string;
          /** @default false */
          needsCheck?: boolean;
          unitId: number | string;
          year: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bandSchemeId: number;
            bandSchemeName: string;
            basis: string;
            can: {
              issue: boolean;
              update: boolean;
            };
            content: {
              groups: {
                code: string;
                criteria: {
                  code: string;
                  evidenceRequired: string;
                  guidance: string;
                  /** @enum {string} */
                  kind: 'score' | 'bonus' | 'deduction';
                  maxPoints: number;
                  name: string;
                  proposerKey: string | null;
                  /** @enum {string} */
                  scoredBy: 'self' | 'superior';
                }[];
                maxPoints: number;
                name: string;
              }[];
            };
            createdAt: string;
            criteriaCount: number;
            id: number;
            maxTotal: number;
            name: string;
            needsCheck: boolean;
            previousVersionId: number | null;
            selfPoints: number;
            setVersion: number;
            /** @enum {string} */
            state: 'draft' | 'issued' | 'superseded';
            superiorPoints: number;
            unitId: number;
            unitName: string;
            updatedAt: string;
            usedAt: string | null;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getScoringSet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bandSchemeId: number;
            bandSchemeName: string;
            basis: string;
            can: {
              issue: boolean;
              update: boolean;
            };
            content: {
              groups: {
                code: string;
                criteria: {
                  code: string;
                  evidenceRequired: string;
                  guidance: string;
                  /** @enum {string} */
                  kind: 'score' | 'bonus' | 'deduction';
                  maxPoints: number;
                  name: string;
                  proposerKey: string | null;
                  /** @enum {string} */
                  scoredBy: 'self' | 'superior';
                }[];
                maxPoints: number;
                name: string;
              }[];
            };
            createdAt: string;
            criteriaCount: number;
            id: number;
            maxTotal: number;
            name: string;
            needsCheck: boolean;
            previousVersionId: number | null;
            selfPoints: number;
            setVersion: number;
            /** @enum {string} */
            state: 'draft' | 'issued' | 'superseded';
            superiorPoints: number;
            unitId: number;
            unitName: string;
            updatedAt: string;
            usedAt: string | null;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateScoringSet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          bandSchemeId?: number | string;
          basis?: string;
          content?: {
            groups: {
              code: string;
              criteria: {
                code: string;
                /** @default  */
                evidenceRequired?: string;
                /** @default  */
                guidance?: string;
                /**
                 * @default score
                 * @enum {string}
                 */
                kind?: 'score' | 'bonus' | 'deduction';
                maxPoints: number;
                name: string;
                /** @default null */
                proposerKey?: string | null;
                /**
                 * @default self
                 * @enum {string}
                 */
                scoredBy?: 'self' | 'superior';
              }[];
              maxPoints: number;
              name: string;
            }[];
          };
          name?: string;
          needsCheck?: boolean;
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bandSchemeId: number;
            bandSchemeName: string;
            basis: string;
            can: {
              issue: boolean;
              update: boolean;
            };
            content: {
              groups: {
                code: string;
                criteria: {
                  code: string;
                  evidenceRequired: string;
                  guidance: string;
                  /** @enum {string} */
                  kind: 'score' | 'bonus' | 'deduction';
                  maxPoints: number;
                  name: string;
                  proposerKey: string | null;
                  /** @enum {string} */
                  scoredBy: 'self' | 'superior';
                }[];
                maxPoints: number;
                name: string;
              }[];
            };
            createdAt: string;
            criteriaCount: number;
            id: number;
            maxTotal: number;
            name: string;
            needsCheck: boolean;
            previousVersionId: number | null;
            selfPoints: number;
            setVersion: number;
            /** @enum {string} */
            state: 'draft' | 'issued' | 'superseded';
            superiorPoints: number;
            unitId: number;
            unitName: string;
            updatedAt: string;
            usedAt: string | null;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  issueScoringSet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bandSchemeId: number;
            bandSchemeName: string;
            basis: string;
            can: {
              issue: boolean;
              update: boolean;
            };
            content: {
              groups: {
                code: string;
                criteria: {
                  code: string;
                  evidenceRequired: string;
                  guidance: string;
                  /** @enum {string} */
                  kind: 'score' | 'bonus' | 'deduction';
                  maxPoints: number;
                  name: string;
                  proposerKey: string | null;
                  /** @enum {string} */
                  scoredBy: 'self' | 'superior';
                }[];
                maxPoints: number;
                name: string;
              }[];
            };
            createdAt: string;
            criteriaCount: number;
            id: number;
            maxTotal: number;
            name: string;
            needsCheck: boolean;
            previousVersionId: number | null;
            selfPoints: number;
            setVersion: number;
            /** @enum {string} */
            state: 'draft' | 'issued' | 'superseded';
            superiorPoints: number;
            unitId: number;
            unitName: string;
            updatedAt: string;
            usedAt: string | null;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listSituations: {
    parameters: {
      query?: {
        from?: string;
        level?: 'normal' | 'watch' | 'complex';
        overdue?: '0' | '1' | 'true' | 'false';
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        state?: 'monitoring' | 'stabilized';
        to?: string;
        topic?: 'hot_spot' | 'ethnic' | 'religion' | 'land_clearance' | 'public_order' | 'other';
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              can: {
                addFollowUp: boolean;
                delete: boolean;
                update: boolean;
              };
              createdAt: string;
              followUps: {
                action: string;
                assignee: string;
                can: {
                  delete: boolean;
                  update: boolean;
                };
                daysLate: number;
                doneOn: string | null;
                dueDate: string;
                id: number;
                note: string;
                overdue: boolean;
                situationId: number;
                /** @enum {string} */
                state: 'not_started' | 'in_progress' | 'done';
                version: number;
              }[];
              id: number;
              isDemo: boolean;
              /** @enum {string} */
              level: 'normal' | 'watch' | 'complex';
              notedOn: string;
              openFollowUps: number;
              overdueFollowUps: number;
              place: string;
              placeUnitId: number | null;
              placeUnitName: string | null;
              source: string;
              /** @enum {string} */
              state: 'monitoring' | 'stabilized';
              summary: string;
              /** @enum {string} */
              topic: 'hot_spot' | 'ethnic' | 'religion' | 'land_clearance' | 'public_order' | 'other';
              unitId: number;
              unitName: string;
              updatedAt: string;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createSituation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default [] */
          followUps?: {
            action: string;
            assignee: string;
            dueDate: string;
            /** @default  */
            note?: string;
            /**
             * @default not_started
             * @enum {string}
             */
            state?: 'not_started' | 'in_progress' | 'done';
          }[];
          /**
           * @default normal
           * @enum {string}
           */
          level?: 'normal' | 'watch' | 'complex';
          notedOn: string;
          place: string;
          placeUnitId?: (number | string) | null;
          /** @default  */
          source?: string;
          summary: string;
          /** @enum {string} */
          topic: 'hot_spot' | 'ethnic' | 'religion' | 'land_clearance' | 'public_order' | 'other';
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addFollowUp: boolean;
              delete: boolean;
              update: boolean;
            };
            createdAt: string;
            followUps: {
              action: string;
              assignee: string;
              can: {
                delete: boolean;
                update: boolean;
              };
              daysLate: number;
              doneOn: string | null;
              dueDate: string;
              id: number;
              note: string;
              overdue: boolean;
              situationId: number;
              /** @enum {string} */
              state: 'not_started' | 'in_progress' | 'done';
              version: number;
            }[];
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            level: 'normal' | 'watch' | 'complex';
            notedOn: string;
            openFollowUps: number;
            overdueFollowUps: number;
            place: string;
            placeUnitId: number | null;
            placeUnitName: string | null;
            source: string;
            /** @enum {string} */
            state: 'monitoring' | 'stabilized';
            summary: string;
            /** @enum {string} */
            topic: 'hot_spot' | 'ethnic' | 'religion' | 'land_clearance' | 'public_order' | 'other';
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getSituation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addFollowUp: boolean;
              delete: boolean;
              update: boolean;
            };
            createdAt: string;
            followUps: {
              action: string;
              assignee: string;
              can: {
                delete: boolean;
                update: boolean;
              };
              daysLate: number;
              doneOn: string | null;
              dueDate: string;
              id: number;
              note: string;
              overdue: boolean;
              situationId: number;
              /** @enum {string} */
              state: 'not_started' | 'in_progress' | 'done';
              version: number;
            }[];
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            level: 'normal' | 'watch' | 'complex';
            notedOn: string;
            openFollowUps: number;
            overdueFollowUps: number;
            place: string;
            placeUnitId: number | null;
            placeUnitName: string | null;
            source: string;
            /** @enum {string} */
            state: 'monitoring' | 'stabilized';
            summary: string;
            /** @enum {string} */
            topic: 'hot_spot' | 'ethnic' | 'religion' | 'land_clearance' | 'public_order' | 'other';
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  deleteSituation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Đã xong (không có nội dung). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  updateSituation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion: number;
          /** @enum {string} */
          level?: 'normal' | 'watch' | 'complex';
          notedOn?: string;
          place?: string;
          placeUnitId?: (number | string) | null;
          source?: string;
          /** @enum {string} */
          state?: 'monitoring' | 'stabilized';
          summary?: string;
          /** @enum {string} */
          topic?: 'hot_spot' | 'ethnic' | 'religion' | 'land_clearance' | 'public_order' | 'other';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addFollowUp: boolean;
              delete: boolean;
              update: boolean;
            };
            createdAt: string;
            followUps: {
              action: string;
              assignee: string;
              can: {
                delete: boolean;
                update: boolean;
              };
              daysLate: number;
              doneOn: string | null;
              dueDate: string;
              id: number;
              note: string;
              overdue: boolean;
              situationId: number;
              /** @enum {string} */
              state: 'not_started' | 'in_progress' | 'done';
              version: number;
            }[];
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            level: 'normal' | 'watch' | 'complex';
            notedOn: string;
            openFollowUps: number;
            overdueFollowUps: number;
            place: string;
            placeUnitId: number | null;
            placeUnitName: string | null;
            source: string;
            /** @enum {string} */
            state: 'monitoring' | 'stabilized';
            summary: string;
            /** @enum {string} */
            topic: 'hot_spot' | 'ethnic' | 'religion' | 'land_clearance' | 'public_order' | 'other';
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  createSituationFollowUp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          action: string;
          assignee: string;
          dueDate: string;
          /** @default  */
          note?: string;
          /**
           * @default not_started
           * @enum {string}
           */
          state?: 'not_started' | 'in_progress' | 'done';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addFollowUp: boolean;
              delete: boolean;
              update: boolean;
            };
            createdAt: string;
            followUps: {
              action: string;
              assignee: string;
              can: {
                delete: boolean;
                update: boolean;
              };
              daysLate: number;
              doneOn: string | null;
              dueDate: string;
              id: number;
              note: string;
              overdue: boolean;
              situationId: number;
              /** @enum {string} */
              state: 'not_started' | 'in_progress' | 'done';
              version: number;
            }[];
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            level: 'normal' | 'watch' | 'complex';
            notedOn: string;
            openFollowUps: number;
            overdueFollowUps: number;
            place: string;
            placeUnitId: number | null;
            placeUnitName: string | null;
            source: string;
            /** @enum {string} */
            state: 'monitoring' | 'stabilized';
            summary: string;
            /** @enum {string} */
            topic: 'hot_spot' | 'ethnic' | 'religion' | 'land_clearance' | 'public_order' | 'other';
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  exportSituations: {
    parameters: {
      query?: {
        from?: string;
        level?: 'normal' | 'watch' | 'complex';
        overdue?: '0' | '1' | 'true' | 'false';
        q?: string;
        state?: 'monitoring' | 'stabilized';
        to?: string;
        topic?: 'hot_spot' | 'ethnic' | 'religion' | 'land_clearance' | 'public_order' | 'other';
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  deleteSituationFollowUp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Đã xong (không có nội dung). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  updateSituationFollowUp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          action?: string;
          assignee?: string;
          dueDate?: string;
          expectedVersion: number;
          note?: string;
          /** @enum {string} */
          state?: 'not_started' | 'in_progress' | 'done';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addFollowUp: boolean;
              delete: boolean;
              update: boolean;
            };
            createdAt: string;
            followUps: {
              action: string;
              assignee: string;
              can: {
                delete: boolean;
                update: boolean;
              };
              daysLate: number;
              doneOn: string | null;
              dueDate: string;
              id: number;
              note: string;
              overdue: boolean;
              situationId: number;
              /** @enum {string} */
              state: 'not_started' | 'in_progress' | 'done';
              version: number;
            }[];
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            level: 'normal' | 'watch' | 'complex';
            notedOn: string;
            openFollowUps: number;
            overdueFollowUps: number;
            place: string;
            placeUnitId: number | null;
            placeUnitName: string | null;
            source: string;
            /** @enum {string} */
            state: 'monitoring' | 'stabilized';
            summary: string;
            /** @enum {string} */
            topic: 'hot_spot' | 'ethnic' | 'religion' | 'land_clearance' | 'public_order' | 'other';
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listTrainingCourses: {
    parameters: {
      query?: {
        format?: 'in_person' | 'online' | 'hybrid';
        kind?: 'training' | 'refresher' | 'briefing';
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              attendees: number;
              can: {
                update: boolean;
              };
              content: string;
              createdAt: string;
              endOn: string;
              /** @enum {string} */
              format: 'in_person' | 'online' | 'hybrid';
              id: number;
              isDemo: boolean;
              /** @enum {string} */
              kind: 'training' | 'refresher' | 'briefing';
              lecturers: string;
              place: string;
              startOn: string;
              topic: string;
              unitId: number;
              unitName: string;
              units: number;
              updatedAt: string;
              version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createTrainingCourse: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          content?: string;
          endOn: string;
          /**
           * @default in_person
           * @enum {string}
           */
          format?: 'in_person' | 'online' | 'hybrid';
          /**
           * @default training
           * @enum {string}
           */
          kind?: 'training' | 'refresher' | 'briefing';
          /** @default  */
          lecturers?: string;
          /** @default  */
          place?: string;
          startOn: string;
          topic: string;
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendanceUnits: {
              count: number;
              named: number;
              unitId: number;
              unitName: string;
            }[];
            attendees: number;
            can: {
              update: boolean;
            };
            content: string;
            createdAt: string;
            endOn: string;
            /** @enum {string} */
            format: 'in_person' | 'online' | 'hybrid';
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'training' | 'refresher' | 'briefing';
            lecturers: string;
            persons: {
              fullName: string;
              id: number;
              position: string;
              unitId: number;
              unitName: string;
            }[];
            place: string;
            startOn: string;
            topic: string;
            unitId: number;
            unitName: string;
            units: number;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getTrainingCourse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendanceUnits: {
              count: number;
              named: number;
              unitId: number;
              unitName: string;
            }[];
            attendees: number;
            can: {
              update: boolean;
            };
            content: string;
            createdAt: string;
            endOn: string;
            /** @enum {string} */
            format: 'in_person' | 'online' | 'hybrid';
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'training' | 'refresher' | 'briefing';
            lecturers: string;
            persons: {
              fullName: string;
              id: number;
              position: string;
              unitId: number;
              unitName: string;
            }[];
            place: string;
            startOn: string;
            topic: string;
            unitId: number;
            unitName: string;
            units: number;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateTrainingCourse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          content?: string;
          endOn?: string;
          expectedVersion: number;
          /** @enum {string} */
          format?: 'in_person' | 'online' | 'hybrid';
          /** @enum {string} */
          kind?: 'training' | 'refresher' | 'briefing';
          lecturers?: string;
          place?: string;
          startOn?: string;
          topic?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendanceUnits: {
              count: number;
              named: number;
              unitId: number;
              unitName: string;
            }[];
            attendees: number;
            can: {
              update: boolean;
            };
            content: string;
            createdAt: string;
            endOn: string;
            /** @enum {string} */
            format: 'in_person' | 'online' | 'hybrid';
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'training' | 'refresher' | 'briefing';
            lecturers: string;
            persons: {
              fullName: string;
              id: number;
              position: string;
              unitId: number;
              unitName: string;
            }[];
            place: string;
            startOn: string;
            topic: string;
            unitId: number;
            unitName: string;
            units: number;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  setTrainingAttendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedVersion: number;
          persons?: {
            fullName: string;
            /** @default  */
            position?: string;
            unitId: number | string;
          }[];
          units: {
            count: number;
            unitId: number | string;
          }[];
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendanceUnits: {
              count: number;
              named: number;
              unitId: number;
              unitName: string;
            }[];
            attendees: number;
            can: {
              update: boolean;
            };
            content: string;
            createdAt: string;
            endOn: string;
            /** @enum {string} */
            format: 'in_person' | 'online' | 'hybrid';
            id: number;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'training' | 'refresher' | 'briefing';
            lecturers: string;
            persons: {
              fullName: string;
              id: number;
              position: string;
              unitId: number;
              unitName: string;
            }[];
            place: string;
            startOn: string;
            topic: string;
            unitId: number;
            unitName: string;
            units: number;
            updatedAt: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  importTrainingAttendance: {
    parameters: {
      query?: {
        expectedVersion?: number | string;
        mode?: 'preview' | 'commit';
      };
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description Danh sách tham dự (.xlsx hoặc .csv): STT, Họ và tên, Chức vụ, Đơn vị (tên hoặc mã)
           */
          file: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                invalid: number;
                rows: {
                  /** @enum {string} */
                  action: 'create' | 'skip';
                  errors: string[];
                  fullName: string;
                  position: string;
                  row: number;
                  unitId: number | null;
                  unitName: string;
                }[];
                valid: number;
              }
            | {
                attendanceUnits: {
                  count: number;
                  named: number;
                  unitId: number;
                  unitName: string;
                }[];
                attendees: number;
                can: {
                  update: boolean;
                };
                content: string;
                createdAt: string;
                endOn: string;
                /** @enum {string} */
                format: 'in_person' | 'online' | 'hybrid';
                id: number;
                isDemo: boolean;
                /** @enum {string} */
                kind: 'training' | 'refresher' | 'briefing';
                lecturers: string;
                persons: {
                  fullName: string;
                  id: number;
                  position: string;
                  unitId: number;
                  unitName: string;
                }[];
                place: string;
                startOn: string;
                topic: string;
                unitId: number;
                unitName: string;
                units: number;
                updatedAt: string;
                version: number;
              };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  exportTrainingCourses: {
    parameters: {
      query?: {
        format?: 'in_person' | 'online' | 'hybrid';
        kind?: 'training' | 'refresher' | 'briefing';
        q?: string;
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  readTrainingFigures: {
    parameters: {
      query: {
        page?: number | string;
        pageSize?: number | string;
        unitId?: number | string;
        year: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              attendees: number;
              canSetHeadcount: boolean;
              courses: number;
              headcount: number | null;
              headcountVersion: number | null;
              share: number | null;
              trained: number;
              unitCode: string;
              unitId: number;
              unitName: string;
            }[];
            page: number;
            pageSize: number;
            summary: {
              attendees: number;
              courses: number;
            };
            total: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  exportTrainingFigures: {
    parameters: {
      query: {
        unitId?: number | string;
        year: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listTrainingHeadcounts: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        unitId?: number | string;
        year?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: {
              can: {
                update: boolean;
              };
              civilServants: number;
              id: number;
              unitId: number;
              unitName: string;
              updatedAt: string;
              version: number;
              year: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  setTrainingHeadcount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          civilServants: number;
          expectedVersion?: number;
          unitId: number | string;
          year: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              update: boolean;
            };
            civilServants: number;
            id: number;
            unitId: number;
            unitName: string;
            updatedAt: string;
            version: number;
            year: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  listUsers: {
    parameters: {
      query?: {
        page?: number | string;
        pageSize?: number | string;
        q?: string;
        role?:
          | 'admin'
          | 'coordinator'
          | 'party_supervisor'
          | 'unit_head'
          | 'focal_officer'
          | 'reception_officer'
          | 'denunciation_handler'
          | 'inspector'
          | 'front'
          | 'council_office';
        unitId?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can?: {
              create: boolean;
            };
            items: components['schemas']['User'][];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          assignment?: {
            /** @default true */
            includeSubtree?: boolean;
            /** @enum {string} */
            role:
              | 'admin'
              | 'coordinator'
              | 'party_supervisor'
              | 'unit_head'
              | 'focal_officer'
              | 'reception_officer'
              | 'denunciation_handler'
              | 'inspector'
              | 'front'
              | 'council_office';
            unitId: number | string;
          };
          email?: string | null;
          fullName: string;
          password: string;
          position?: string | null;
          username: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          email?: string | null;
          fullName?: string;
          position?: string | null;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  addUserAssignment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default true */
          includeSubtree?: boolean;
          /** @enum {string} */
          role:
            | 'admin'
            | 'coordinator'
            | 'party_supervisor'
            | 'unit_head'
            | 'focal_officer'
            | 'reception_officer'
            | 'denunciation_handler'
            | 'inspector'
            | 'front'
            | 'council_office';
          unitId: number | string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  removeUserAssignment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        assignmentId: number | string;
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  resetUserPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ok'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  getProtectedIdentityState: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: string;
        ownerId: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            canReveal: boolean;
            mode: ('sealed' | 'paper') | null;
            paperRef: string | null;
            protected: boolean;
            scanCount: number;
            sealedAt: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  revealProtectedIdentity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: string;
        ownerId: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            identity: {
              address: string | null;
              email: string | null;
              fullName: string;
              idNumber: string | null;
              notes: string | null;
              phone: string | null;
            };
            scans: {
              fileName: string;
              id: number;
              mime: string;
              sealedAt: string;
              size: number;
            }[];
            sealedAt: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  downloadProtectedScan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: string;
        ownerId: number | string;
        scanId: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Tệp tải về (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'image/jpeg': string;
          'image/png': string;
          'image/tiff': string;
          'image/webp': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
    };
  };
  checkHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  checkReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Thành công */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            database: 'pglite' | 'postgres';
            detail?: string;
            /** @enum {string} */
            status: 'ready' | 'not_ready';
          };
        };
      };
      400: components['responses']['BadRequest'];
      /** @description Thành công */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            database: 'pglite' | 'postgres';
            detail?: string;
            /** @enum {string} */
            status: 'ready' | 'not_ready';
          };
        };
      };
    };
  };
}
