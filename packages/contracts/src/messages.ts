import { z } from 'zod';

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
      if (iss.input === undefined) return 'Trường bắt buộc: chưa nhập giá trị';
      return `Phải là ${TYPE[iss.expected] ?? 'giá trị hợp lệ'}`;
    case 'too_big': {
      const max = Number(iss.maximum);
      if (iss.origin === 'string') return `Tối đa ${max} ký tự`;
      if (iss.origin === 'array' || iss.origin === 'set') return `Tối đa ${max} mục`;
      if (iss.origin === 'number' || iss.origin === 'int' || iss.origin === 'bigint')
        return iss.inclusive ? `Không được lớn hơn ${max}` : `Phải nhỏ hơn ${max}`;
      return undefined;
    }
    case 'too_small': {
      const min = Number(iss.minimum);
      if (iss.origin === 'string') return min <= 1 ? 'Không được để trống' : `Tối thiểu ${min} ký tự`;
      if (iss.origin === 'array' || iss.origin === 'set') return `Phải có ít nhất ${min} mục`;
      if (iss.origin === 'number' || iss.origin === 'int' || iss.origin === 'bigint')
        return iss.inclusive ? `Không được nhỏ hơn ${min}` : `Phải lớn hơn ${min}`;
      return undefined;
    }
    case 'invalid_value':
      return 'Giá trị không nằm trong danh sách cho phép';
    case 'invalid_format':
      return iss.format === 'email' ? 'Địa chỉ thư điện tử không hợp lệ' : 'Sai định dạng';
    case 'not_multiple_of':
      return `Phải là bội số của ${String(iss.divisor)}`;
    case 'invalid_union':
      return 'Giá trị không hợp lệ';
    case 'invalid_key':
      return 'Tên trường không hợp lệ';
    case 'invalid_element':
      return 'Phần tử không hợp lệ';
    case 'unrecognized_keys':
      return `Có trường không được phép: ${iss.keys.join(', ')}`;
    default:
      return undefined;
  }
};

/** Vietnamese validation messages for every schema (called once, from index.ts). */
export function useVietnameseMessages(): void {
  z.config(z.locales.vi());
  z.config({ customError });
}
