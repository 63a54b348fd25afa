import type { PortalTerms, PublicUnit } from '@danvan/contracts';
import type { SiteT } from '../../i18n.ts';
import { formatBytes } from '../../format.ts';
import { checkFiles } from '../files.ts';

export type Errors = Partial<Record<FieldKey, string>>;
export type FieldKey =
  | 'unit'
  | 'kind'
  | 'field'
  | 'subject'
  | 'content'
  | 'files'
  | 'fullName'
  | 'phone'
  | 'email'
  | 'address'
  | 'idNumber'
  | 'consent'
  | 'altcha';

/** The server's field paths → the form's fields. */
export const PATHS: Record<string, FieldKey> = {
  unitId: 'unit',
  kind: 'kind',
  field: 'field',
  subject: 'subject',
  content: 'content',
  'contact.fullName': 'fullName',
  'contact.phone': 'phone',
  'contact.email': 'email',
  'contact.address': 'address',
  'contact.idNumber': 'idNumber',
  'consent.accepted': 'consent',
  'consent.version': 'consent',
  altcha: 'altcha',
};

const PHONE = /^\+?[0-9 .()-]{8,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface Form {
  unit: PublicUnit | null;
  kind: string;
  field: string;
  subject: string;
  content: string;
  files: File[];
  fullName: string;
  phone: string;
  email: string;
  address: string;
  idNumber: string;
  consent: boolean;
}

/** What a fieldset of the form is given: the values, their setter and the field errors. */
export interface FieldsetProps {
  form: Form;
  set: <K extends keyof Form>(k: K, v: Form[K]) => void;
  err: (k: FieldKey) => string | null;
}

export function validate(f: Form, terms: PortalTerms, altcha: string | null, t: SiteT): Errors {
  const e: Errors = {};
  if (!f.unit) e.unit = t('site.submit.err.unit');
  if (!f.kind) e.kind = t('site.submit.err.kind');
  if (!f.field) e.field = t('site.submit.err.field');
  if (!f.subject.trim()) e.subject = t('site.submit.err.subject');
  if (f.content.trim().length < 20) e.content = t('site.submit.err.content', { min: 20 });
  if (f.fullName.trim().length < 2) e.fullName = t('site.submit.err.fullName');
  if (!f.phone.trim() && !f.email.trim()) e.phone = t('site.submit.err.contact');
  if (f.phone.trim() && !PHONE.test(f.phone.trim())) e.phone = t('site.submit.err.phone');
  if (f.email.trim() && !EMAIL.test(f.email.trim())) e.email = t('site.submit.err.email');
  if (f.kind === 'to_cao' && !f.address.trim()) e.address = t('site.submit.err.address');
  const fileErr = filesError(f.files, terms, t);
  if (fileErr) e.files = fileErr;
  if (!f.consent) e.consent = t('site.submit.err.consent');
  if (!altcha) e.altcha = t('site.submit.err.altcha');
  return e;
}

export function filesError(files: File[], terms: PortalTerms, t: SiteT): string | null {
  if (files.length > terms.files.maxFiles)
    return t('site.submit.err.tooManyFiles', { n: terms.files.maxFiles });
  const bad = checkFiles(files, terms.files)[0];
  if (!bad) return null;
  return t(`site.submit.err.file.${bad.reason}`, {
    name: bad.file.name,
    max: formatBytes(terms.files.maxBytes, 'vi'),
  });
}

export const EMPTY: Form = {
  unit: null,
  kind: '',
  field: '',
  subject: '',
  content: '',
  files: [],
  fullName: '',
  phone: '',
  email: '',
  address: '',
  idNumber: '',
  consent: false,
};
