import { SourcesRegister } from '../components/SourcesRegister.tsx';
import { useAnswersI18n } from '../components/i18n.ts';

/** Direct dialogues of the heads with citizens (Quy định 11-QĐi/TW): schedule, hold, commitments. */
export default function DialoguesPage() {
  const { t } = useAnswersI18n();
  return (
    <SourcesRegister
      kinds={['dialogue']}
      title={t('answers.dialogue.title')}
      subtitle={t('answers.dialogue.subtitle')}
      empty={t('answers.dialogue.empty')}
      testId="dialogue"
    />
  );
}
