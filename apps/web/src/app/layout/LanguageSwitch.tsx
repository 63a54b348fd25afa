import { Segmented } from 'antd';
import { useI18n, type Lang } from '../../i18n/index.tsx';
import { LANGUAGES } from './languages.ts';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      size="small"
      aria-label={t('header.language')}
      value={lang}
      onChange={setLang}
      options={LANGUAGES}
    />
  );
}
