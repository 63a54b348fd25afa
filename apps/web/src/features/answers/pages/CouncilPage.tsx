import { SourcesRegister } from '../components/SourcesRegister.tsx';
import { useAnswersI18n } from '../components/i18n.ts';

/** Voter petitions by People's Council session, filed by the council office. */
export default function CouncilPage() {
  const { t } = useAnswersI18n();
  return (
    <SourcesRegister
      kinds={['council_session']}
      title={t('answers.council.title')}
      subtitle={t('answers.council.subtitle')}
      empty={t('answers.council.empty')}
      testId="council"
    />
  );
}
