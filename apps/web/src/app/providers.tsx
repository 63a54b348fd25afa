import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { I18nProvider, registerMessages, useI18n } from '../i18n/index.tsx';
import { isApiError, onUnauthorized } from '../shared/http.ts';
import { ME_KEY } from '../shared/session.ts';
import { appEn, appVi } from './messages.ts';

registerMessages({ vi: appVi, en: appEn });

function shouldRetry(count: number, err: unknown): boolean {
  if (isApiError(err) && err.status > 0 && err.status < 500) return false;
  return count < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 15_000 },
    mutations: { retry: false },
  },
});

// A 401 on any call means the session is gone: forget the user; the guard sends them to the login page.
onUnauthorized(() => {
  if (queryClient.getQueryData(ME_KEY)) queryClient.setQueryData(ME_KEY, null);
});

/** The page's language for screen readers and the browser (`<html lang>`), also on the login page. */
function PageLang({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <>{children}</>;
}

/**
 * What every page needs: the messages and the data cache. antd's theme and its App context wrap the
 * signed-in app only (AntdRoot in antd.tsx, used by shell.tsx): the login page does without antd.
 */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <PageLang>{children}</PageLang>
      </QueryClientProvider>
    </I18nProvider>
  );
}
