import { App as AntApp, ConfigProvider, theme as antTheme } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { useEffect, type ReactNode } from 'react';
import { storedLang, useI18n } from '../i18n/index.tsx';

dayjs.locale(storedLang());

export const BRAND = {
  primary: '#1a4f8b',
  red: '#c62828',
  siderBg: '#0e2a47',
  siderItem: '#0e2a47',
};

/** antd's theme (the brand's colours at WCAG AA contrast), its locale and its App context. */
export function AntdRoot({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  useEffect(() => {
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  }, [lang]);
  return (
    <ConfigProvider
      locale={lang === 'vi' ? viVN : enUS}
      theme={{
        algorithm: antTheme.defaultAlgorithm,
        token: {
          colorPrimary: BRAND.primary,
          colorLink: BRAND.primary,
          borderRadius: 6,
          fontSize: 14,
          // WCAG AA contrast (4.5:1 on white and on the light greys of table headers and cards): antd's
          // secondary text, placeholders (0.25) and descriptions (0.45) are too light
          colorTextDescription: 'rgba(0,0,0,0.6)',
          colorTextTertiary: 'rgba(0,0,0,0.6)',
          colorTextPlaceholder: 'rgba(0,0,0,0.57)',
          // error texts under fields and Typography type="danger" (antd's #ff4d4f is 3:1 on white)
          colorError: '#cf1322',
          fontFamily:
            "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif",
        },
        components: {
          Layout: { siderBg: BRAND.siderBg, headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 16px' },
          Menu: {
            darkItemBg: BRAND.siderBg,
            darkSubMenuItemBg: BRAND.siderBg,
            darkItemSelectedBg: BRAND.primary,
            darkGroupTitleColor: 'rgba(255,255,255,0.7)',
            darkItemColor: 'rgba(255,255,255,0.8)',
          },
          // tag text on its light background at 4.5:1 (antd's 7th shade is 2–3.4:1 for these hues, and
          // the status tags use the bright status colours as text)
          Tag: {
            green7: '#237804',
            cyan7: '#006d75',
            orange7: '#ad4e00',
            gold7: '#874d00',
            lime7: '#3f6600',
            yellow7: '#876800',
            volcano7: '#ad2102',
            colorSuccess: '#237804',
            colorInfo: '#0958d9',
            colorWarning: '#ad4e00',
          },
          Table: { headerBg: '#f3f6fa' },
          Tree: { nodeSelectedBg: '#dbe8f7', nodeHoverBg: '#eef3fa' },
        },
      }}
      // a form sent with errors moves the focus to its first invalid field (keyboard and screen-reader
      // users would otherwise stay on the button, not told where the error is)
      form={{ requiredMark: true, scrollToFirstError: { focus: true, block: 'center' } }}
    >
      <AntApp message={{ maxCount: 3 }}>{children}</AntApp>
    </ConfigProvider>
  );
}
