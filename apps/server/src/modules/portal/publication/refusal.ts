/** Why a petition's answer cannot be published, in Vietnamese (domain publishRefusal). */
import {
  PETITION_KIND_LABELS,
  PETITION_STATUS_LABELS,
  publicationStatesFor,
  PUBLICATION_STATE_LABELS,
  type PetitionKind,
  type PetitionStatus,
  type PublishRefusal,
} from '@danvan/domain';

export function refusalMessage(p: { kind: PetitionKind; status: PetitionStatus }, r: PublishRefusal): string {
  switch (r) {
    case 'kind':
      return p.kind === 'to_cao'
        ? 'Đơn tố cáo không được công bố trên Cổng thông tin: thông tin người tố cáo được giữ bí mật theo Luật Tố cáo năm 2018.'
        : `Chỉ công bố câu trả lời cho kiến nghị, phản ánh; không công bố đơn ${PETITION_KIND_LABELS[p.kind].vi.toLocaleLowerCase('vi-VN')}.`;
    case 'not_resolved':
      return `Đơn đang ở trạng thái "${PETITION_STATUS_LABELS[p.status].vi}": chỉ công bố khi đã có kết quả giải quyết.`;
    case 'state':
      return `Với đơn ở trạng thái "${PETITION_STATUS_LABELS[p.status].vi}", kết quả công bố chỉ có thể là: ${publicationStatesFor(
        p.status,
      )
        .map((s) => `"${PUBLICATION_STATE_LABELS[s].vi}"`)
        .join(', ')}.`;
  }
}
