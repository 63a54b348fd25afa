import type { RefObject } from 'react';
import type { PortalTerms } from '@danvan/contracts';
import { useSiteI18n } from '../../i18n.ts';
import { formatBytes } from '../../format.ts';
import { describedBy, Field } from '../ui.tsx';
import type { FieldsetProps } from './form.ts';

/** What the submission is about: the field, the subject, the content and the files. */
export function WhatFieldset({
  form,
  set,
  err,
  terms,
  fileInput,
  addFiles,
  removeFile,
}: FieldsetProps & {
  terms: PortalTerms;
  fileInput: RefObject<HTMLInputElement | null>;
  addFiles: (list: FileList | null) => void;
  removeFile: (i: number) => void;
}) {
  const { t, lang } = useSiteI18n();
  return (
    <fieldset>
      <legend>{t('site.submit.what')}</legend>
      <div className="form">
        <Field id="f-field" label={t('site.submit.field')} error={err('field')} required>
          <select
            id="f-field"
            value={form.field}
            onChange={(e) => set('field', e.target.value)}
            {...describedBy('f-field', false, err('field'))}
            data-testid="field-select"
          >
            <option value="">{t('site.submit.chooseField')}</option>
            {terms.fields.map((f) => (
              <option key={f.code} value={f.code}>
                {f.label[lang]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="f-subject"
          label={t('site.submit.subject')}
          hint={t('site.submit.subjectHint')}
          error={err('subject')}
          required
        >
          <input
            id="f-subject"
            type="text"
            maxLength={300}
            value={form.subject}
            onChange={(e) => set('subject', e.target.value)}
            {...describedBy('f-subject', true, err('subject'))}
            data-testid="subject"
          />
        </Field>
        <Field
          id="f-content"
          label={t('site.submit.content')}
          hint={t('site.submit.contentHint', { n: form.content.trim().length })}
          error={err('content')}
          required
        >
          <textarea
            id="f-content"
            maxLength={20000}
            value={form.content}
            onChange={(e) => set('content', e.target.value)}
            {...describedBy('f-content', true, err('content'))}
            data-testid="content"
          />
        </Field>
        <div className="field" data-field="files">
          <label htmlFor="f-files">{t('site.submit.files')}</label>
          <span className="hint" id="f-files-hint">
            {t('site.submit.filesHint', {
              n: terms.files.maxFiles,
              max: formatBytes(terms.files.maxBytes, lang),
            })}
          </span>
          <input
            id="f-files"
            ref={fileInput}
            type="file"
            multiple
            accept={terms.files.accept.join(',')}
            onChange={(e) => addFiles(e.target.files)}
            {...describedBy('f-files', true, err('files'))}
            data-testid="files"
          />
          {err('files') && (
            <span className="err" id="f-files-err" role="alert">
              {err('files')}
            </span>
          )}
          {form.files.length > 0 && (
            <ul className="files" aria-label={t('site.submit.chosenFiles')} data-testid="chosen-files">
              {form.files.map((f, i) => (
                <li key={`${f.name}-${i}`}>
                  <span>
                    {f.name} <span className="meta">({formatBytes(f.size, lang)})</span>
                  </span>
                  <button type="button" className="linkish" onClick={() => removeFile(i)}>
                    {t('site.submit.removeFile')}
                    <span className="visually-hidden">: {f.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </fieldset>
  );
}
