/** Rules on a guiding document's fields. */
import { Invalid } from '../../../core/errors.ts';

/** A document is registered once issued: its date of issue is not in the future. */
export function checkIssuedOn(issuedOn: string | undefined, t: string) {
  if (issuedOn && issuedOn > t) throw Invalid('Ngày ban hành văn bản không được sau ngày hôm nay.');
}
