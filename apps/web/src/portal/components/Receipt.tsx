import { useEffect, useRef, useState } from 'react';
import type { PortalReceipt } from '@danvan/contracts';
import { useSiteI18n } from '../i18n.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { href, Link } from '../router.tsx';
import { label } from '../labels.ts';

export interface AttachResult {
  name: string;
  ok: boolean;
  message?: string;
}

/**
 * The receipt of a sent matter: the lookup code, big and in groups of four, shown this once (the
 * server keeps only its hash), with "Sao chép" and "In biên nhận" (the print stylesheet keeps the
 * receipt alone), what was sent to whom, the deadline, and which files arrived.
 */
export function Receipt({ receipt, files }: { receipt: PortalReceipt; files: AttachResult[] }) {
  const { t, lang } = useSiteI18n();
  const [copied, setCopied] = useState<'ok' | 'fail' | null>(null);
  const codeRef = useRef<HTMLParagraphElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(receipt.code);
      setCopied('ok');
    } catch {
      // no clipboard (an insecure context, a refused permission): select the code for the user
      const sel = window.getSelection();
      if (sel && codeRef.current) {
        const range = document.createRange();
        range.selectNodeContents(codeRef.current);
        sel.removeAllRanges();
        sel.addRange(range);
      }
      setCopied('fail');
    }
  };

  return (
    <article className="receipt" data-testid="receipt" aria-labelledby="receipt-title">
      <h1 id="receipt-title" ref={headingRef} tabIndex={-1}>
        {t('site.receipt.title')}
      </h1>
      <p>{t('site.receipt.lead')}</p>
      <h2 className="h3" id="code-label">
        {t('site.receipt.codeLabel')}
      </h2>
      <p className="code" ref={codeRef} aria-labelledby="code-label" data-testid="lookup-code">
        {receipt.code}
      </p>
      <div className="notice notice-warn" role="note" data-testid="code-warning">
        <strong>{t('site.receipt.onceTitle')}</strong> {t('site.receipt.once')}
      </div>
      <div className="actions no-print">
        <button type="button" className="btn btn-primary" onClick={copy} data-testid="copy-code">
          {t('site.receipt.copy')}
        </button>
        <button type="button" className="btn" onClick={() => window.print()} data-testid="print">
          {t('site.receipt.print')}
        </button>
      </div>
      <p className="meta no-print" role="status" aria-live="polite">
        {copied === 'ok' ? t('site.receipt.copied') : copied === 'fail' ? t('site.receipt.copyFailed') : ''}
      </p>
      <dl>
        <dt>{t('site.receipt.unit')}</dt>
        <dd lang="vi" data-testid="receipt-unit">
          {receipt.unitName}
        </dd>
        <dt>{t('site.receipt.kind')}</dt>
        <dd>{label('kind', receipt.kind, lang, receipt.kindLabel)}</dd>
        <dt>{t('site.receipt.field')}</dt>
        <dd>{label('field', receipt.field, lang, receipt.fieldLabel)}</dd>
        <dt>{t('site.receipt.subject')}</dt>
        <dd lang="vi">{receipt.subject}</dd>
        <dt>{t('site.receipt.sentAt')}</dt>
        <dd>{formatDateTime(receipt.submittedAt)}</dd>
        {receipt.dueDate && (
          <>
            <dt>{t('site.receipt.due')}</dt>
            <dd data-testid="receipt-due">{formatDate(receipt.dueDate)}</dd>
          </>
        )}
      </dl>
      {files.length > 0 && (
        <>
          <h2 className="h3">{t('site.receipt.files')}</h2>
          <ul className="files" data-testid="receipt-files">
            {files.map((f, i) => (
              <li key={`${f.name}-${i}`}>
                <span>{f.name}</span>
                <span className={f.ok ? 'tag tag-ok' : 'tag tag-warn'}>
                  {f.ok ? t('site.receipt.fileOk') : (f.message ?? t('site.receipt.fileFailed'))}
                </span>
              </li>
            ))}
          </ul>
          {files.some((f) => !f.ok) && (
            <p className="meta">
              {t('site.receipt.filesLater', { until: formatDateTime(receipt.attachUntil) })}
            </p>
          )}
        </>
      )}
      <p className="pre" lang="vi">
        {receipt.notice}
      </p>
      <p className="no-print">
        <Link to={href('/tra-cuu')}>{t('site.receipt.lookup')}</Link>
      </p>
    </article>
  );
}
