/**
 * The ALTCHA proof-of-work widget (npm `altcha`, a web component), self-hosted: the script, its
 * styles and its workers are bundled by Vite and served from our own origin (the `external` build
 * with workers as separate same-origin files, as the CSP `script-src 'self'` asks: the default build
 * would start its workers from blob: URLs). The challenge comes from our server; no call leaves it
 * (no logo link, no footer link). Loaded only with the submit page.
 */
import 'altcha/external';
import 'altcha/altcha.css';
import 'altcha/i18n/vi';
import 'altcha/i18n/en';
import type {} from 'altcha/types/react';
import Pbkdf2Worker from 'altcha/workers/pbkdf2?worker';
import ShaWorker from 'altcha/workers/sha?worker';
import { useEffect, useRef } from 'react';
import type { Lang } from '../i18n.ts';

for (const a of ['PBKDF2/SHA-256', 'PBKDF2/SHA-384', 'PBKDF2/SHA-512'])
  globalThis.$altcha.algorithms.set(a, () => new Pbkdf2Worker());
for (const a of ['SHA-256', 'SHA-384', 'SHA-512'])
  globalThis.$altcha.algorithms.set(a, () => new ShaWorker());

type WidgetElement = HTMLElement & { reset?: () => void };

/**
 * The widget; `onPayload` receives the solved challenge's payload (base64 JSON, sent with the form)
 * or null when it is reset or expires. `resetKey` changing resets it (a new challenge after a
 * refused submission: a payload is accepted once).
 */
export default function Altcha({
  challengeUrl,
  lang,
  onPayload,
  resetKey,
}: {
  challengeUrl: string;
  lang: Lang;
  onPayload: (payload: string | null) => void;
  resetKey: number;
}) {
  const ref = useRef<WidgetElement>(null);
  const cb = useRef(onPayload);
  cb.current = onPayload;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onState = (e: Event) => {
      const d = (e as CustomEvent<{ state: string; payload?: string }>).detail;
      if (d.state === 'verified' && d.payload) cb.current(d.payload);
      else if (d.state !== 'verified') cb.current(null);
    };
    const onVerified = (e: Event) => {
      const d = (e as CustomEvent<{ payload?: string }>).detail;
      if (d.payload) cb.current(d.payload);
    };
    el.addEventListener('statechange', onState);
    el.addEventListener('verified', onVerified);
    return () => {
      el.removeEventListener('statechange', onState);
      el.removeEventListener('verified', onVerified);
    };
  }, []);
  useEffect(() => {
    if (resetKey > 0) {
      ref.current?.reset?.();
      cb.current(null);
    }
  }, [resetKey]);
  return (
    <altcha-widget
      ref={ref}
      challenge={challengeUrl}
      language={lang}
      name="altcha"
      configuration={JSON.stringify({ hideLogo: true, hideFooter: true, credentials: 'same-origin' })}
      data-testid="altcha"
    />
  );
}
