import { z } from 'zod';
import { formatCount as n } from './labels.ts';

/**
 * Zod's messages in plain Vietnamese. zod's Vietnamese locale names types in English ("mong đợi
 * string"); these say what to enter. A message given on a schema always wins over these; what they
 * do not cover falls back to the locale.
 */
const TYPE: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  bigint: 'số nguyên',
  boolean: 'giá trị đúng/sai',
  array: 'danh sách',
  object: 'đối tượng',
  date: 'ngày',
  null: 'giá trị rỗng',
  record: 'đối tượng',
};

const customError: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return 'Bắt buộc phải nhập';
      if (iss.expected === 'int') return 'Phải là số nguyên (không có phần thập phân)';
      return `Phải là ${TYPE[iss.expected] ?? 'giá trị hợp lệ'}`;
    case 'too_big': {
      const max = n(iss.maximum as number);
      if (iss.origin === 'string') return `Tối đa ${max} ký tự`;
      if (iss.origin === 'array' || iss.origin === 'set') return `Tối đa ${max} mục`;
      if (iss.origin === 'number' || iss.origin === 'int' || iss.origin === 'bigint')
        return iss.inclusive ? `Không được lớn hơn ${max}` : `Phải nhỏ hơn ${max}`;
      return undefined;
    }
    case 'too_small': {
      const min = Number(iss.minimum);
      if (iss.origin === 'string') return min <= 1 ? 'Không được để trống' : `Tối thiểu ${n(min)} ký tự`;
      if (iss.origin === 'array' || iss.origin === 'set')
        return min <= 1 ? 'Phải chọn hoặc nhập ít nhất một mục' : `Phải có ít nhất ${n(min)} mục`;
      if (iss.origin === 'number' || iss.origin === 'int' || iss.origin === 'bigint')
        return iss.inclusive ? `Không được nhỏ hơn ${n(min)}` : `Phải lớn hơn ${n(min)}`;
      return undefined;
    }
    case 'invalid_value':
      return 'Giá trị không nằm trong danh sách cho phép';
    case 'invalid_format':
      return iss.format === 'email'
        ? 'Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@donvi.gov.vn)'
        : 'Sai định dạng';
    case 'not_multiple_of':
      return `Phải là bội số của ${n(iss.divisor as number)}`;
    case 'invalid_union':
      return 'Giá trị không hợp lệ';
    case 'invalid_key':
      return 'Tên mục không hợp lệ';
    case 'invalid_element':
      return 'Phần tử không hợp lệ';
    case 'unrecognized_keys':
      return `Có ${n(iss.keys.length)} trường không được phép: hãy bỏ các trường này`;
    default:
      return undefined;
  }
};

/** Vietnamese validation messages for every schema (called once, from index.ts). */
export function useVietnameseMessages(): void {
  z.config(z.locales.vi());
  z.config({ customError });
}
