import { Flex, Form, type FormItemProps } from 'antd';
import type { ReactNode } from 'react';

export type FieldProps = FormItemProps & {
  /** A value is required; 'text' also refuses text that is only spaces. Added before `rules`. */
  need?: boolean | 'text';
  /** Inside a FormRow: a fixed width in pixels, or 'grow' for a share of what is left. */
  width?: number | 'grow';
};

/** One field of a form (antd Form.Item) with the two things every form repeats: required, width. */
export function Field({ need, rules, width, style, ...item }: FieldProps) {
  // a rule with any key besides `required` is validated as a string by async-validator (a number
  // or a unit id would fail "không phải kiểu … hợp lệ"), so `whitespace` only for text
  const required = need ? [need === 'text' ? { required: true, whitespace: true } : { required: true }] : [];
  const size = width === 'grow' ? { flex: 1 } : width ? { width } : undefined;
  return (
    <Form.Item
      {...item}
      rules={need || rules ? [...required, ...(rules ?? [])] : undefined}
      style={size || style ? { ...size, ...style } : undefined}
    />
  );
}

/** Fields side by side, wrapping under each other on a narrow screen. */
export function FormRow({ children }: { children: ReactNode }) {
  return (
    <Flex gap={12} wrap>
      {children}
    </Flex>
  );
}
