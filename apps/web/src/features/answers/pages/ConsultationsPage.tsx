import { SourcesRegister } from '../components/SourcesRegister.tsx';
import { useAnswersI18n } from '../components/i18n.ts';

/** Public consultations (Luật Thực hiện dân chủ ở cơ sở 2022): drafts, dates, comments. */
export default function ConsultationsPage() {
  const { t } = useAnswersI18n();
  return (
    <SourcesRegister
      kinds={['consultation']}
      title={t('answers.consultation.title')}
      subtitle={t('answers.consultation.subtitle')}
      empty={t('answers.consultation.empty')}
      testId="consultation"
    />
  );
}
