import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { errorMessage } from './errors.ts';

export function useDebounced<T>(value: T, ms = 300): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

/** Toasts for success and for API errors (translated by code, else the server's detail). */
export function useNotify() {
  const { message } = App.useApp();
  const i18n = useI18n();
  const success = useCallback((text: string) => void message.success(text), [message]);
  const error = useCallback(
    (err: unknown) => void message.error(errorMessage(err, i18n), 6),
    [message, i18n],
  );
  return { success, error };
}

/** The window's inner height, kept up to date (for virtual lists that need a pixel height). */
export function useWindowHeight(): number {
  const [h, setH] = useState(() => window.innerHeight);
  useEffect(() => {
    const on = () => setH(window.innerHeight);
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return h;
}

/**
 * A table wider than its card scrolls inside it: keyboard users reach that scroll box with Tab (and
 * scroll it with the arrow keys) when it has nothing focusable of its own (axe scrollable-region-
 * focusable). Put the returned ref on an element around the table.
 */
export function useFocusableScrollBoxes<E extends HTMLElement = HTMLDivElement>() {
  const box = useRef<E>(null);
  useEffect(() => {
    for (const el of box.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body') ?? [])
      if (el.scrollWidth > el.clientWidth + 1) el.tabIndex = 0;
      else el.removeAttribute('tabindex');
  });
  return box;
}
