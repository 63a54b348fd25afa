import { useRef, useState, type FormEvent } from 'react';
import type { PortalReceipt, PortalSubmission, PortalTerms } from '@danvan/contracts';
import { isApiError } from '../../../shared/http.ts';
import { portalApi } from '../../api.ts';
import { useSiteI18n } from '../../i18n.ts';
import { useLocation } from '../../router.tsx';
import { errorText, focusAltcha } from '../ui.tsx';
import type { AttachResult } from '../Receipt.tsx';
import { EMPTY, filesError, PATHS, validate, type Errors, type FieldKey, type Form } from './form.ts';

/**
 * The state of the submission form: the values (the unit preset from the address), the field errors,
 * the challenge, and the sending (the submission, then its files one request each).
 */
export function useSubmitForm(terms: PortalTerms, onDone: (r: PortalReceipt, files: AttachResult[]) => void) {
  const { t } = useSiteI18n();
  const { query } = useLocation();
  const preset = Number(query.get('unitId'));
  const [form, setForm] = useState<Form>(() => ({
    ...EMPTY,
    unit:
      Number.isInteger(preset) && preset > 0 && query.get('unitName')
        ? { id: preset, name: query.get('unitName')!, kind: '', parentId: null, parentName: null, depth: 0 }
        : null,
  }));
  const [errors, setErrors] = useState<Errors>({});
  const [altcha, setAltcha] = useState<string | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [sending, setSending] = useState<null | 'submit' | 'files'>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const clear = (k: FieldKey) => setErrors((e) => (e[k] ? { ...e, [k]: undefined } : e));
  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    clear(k);
  };

  const addFiles = (list: FileList | null) => {
    if (!list) return;
    const next = [...form.files, ...Array.from(list)];
    set('files', next);
    const err = filesError(next, terms, t);
    setErrors((e) => ({ ...e, files: err ?? undefined }));
    if (fileInput.current) fileInput.current.value = '';
  };

  const removeFile = (i: number) => {
    const next = form.files.filter((_, j) => j !== i);
    set('files', next);
    setErrors((e) => ({ ...e, files: filesError(next, terms, t) ?? undefined }));
  };

  const focusFirst = (e: Errors) => {
    const first = Object.keys(e)[0];
    if (!first) return;
    if (first === 'altcha') return focusAltcha('f-altcha');
    const el =
      document.getElementById(`f-${first}`) ??
      document.querySelector<HTMLElement>(`[data-field="${first}"] input`);
    el?.focus();
  };

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    setFailure(null);
    const e = validate(form, terms, altcha, t);
    setErrors(e);
    if (Object.keys(e).length) {
      focusFirst(e);
      return;
    }
    const body: PortalSubmission = {
      unitId: form.unit!.id,
      kind: form.kind as PortalSubmission['kind'],
      field: form.field as PortalSubmission['field'],
      subject: form.subject.trim(),
      content: form.content.trim(),
      contact: {
        fullName: form.fullName.trim(),
        phone: form.phone.trim() || null,
        email: form.email.trim() || null,
        address: form.address.trim() || null,
        idNumber: form.idNumber.trim() || null,
      },
      consent: { accepted: true, version: terms.consentVersion },
      altcha: altcha!,
    };
    setSending('submit');
    let receipt: PortalReceipt;
    try {
      receipt = await portalApi.submit(body);
    } catch (err) {
      setSending(null);
      // a solved challenge is good once: a refused submission asks for a new one
      setResetKey((k) => k + 1);
      setAltcha(null);
      const fieldErrors: Errors = {};
      if (isApiError(err))
        for (const fe of err.errors) {
          const k = PATHS[fe.path];
          if (k && !fieldErrors[k]) fieldErrors[k] = fe.message;
        }
      setErrors(fieldErrors);
      setFailure(err);
      summaryRef.current?.focus();
      return;
    }
    // the files follow with the code, one request each
    setSending('files');
    const results: AttachResult[] = [];
    for (const file of form.files) {
      try {
        await portalApi.attach(receipt.code, file);
        results.push({ name: file.name, ok: true });
      } catch (err) {
        results.push({ name: file.name, ok: false, message: errorText(err, t) });
      }
    }
    setSending(null);
    onDone(receipt, results);
  }

  const err = (k: FieldKey) => errors[k] ?? null;
  const errorCount = Object.values(errors).filter(Boolean).length;

  return {
    form,
    set,
    clear,
    err,
    errorCount,
    setAltcha,
    resetKey,
    sending,
    failure,
    summaryRef,
    fileInput,
    addFiles,
    removeFile,
    submit,
  };
}
