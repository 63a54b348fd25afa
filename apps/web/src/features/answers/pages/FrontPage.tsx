import { SourcesRegister } from '../components/SourcesRegister.tsx';
import { useAnswersI18n } from '../components/i18n.ts';

/** The Front's supervision and social criticism: documents with numbered recommendations. */
export default function FrontPage() {
  const { t } = useAnswersI18n();
  return (
    <SourcesRegister
      kinds={['front_supervision', 'front_criticism']}
      title={t('answers.front.title')}
      subtitle={t('answers.front.subtitle')}
      empty={t('answers.front.empty')}
      testId="front"
    />
  );
}
