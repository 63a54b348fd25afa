import type { BandScheme } from '@danvan/contracts';
import { BAND_LABELS } from '@danvan/contracts';
import { enumLabel } from '../../../shared/components/EnumTag.tsx';
import { useScoringI18n } from './i18n.ts';

type Band = BandScheme['bands'][number];

/** A band's range in words: "từ 90 điểm", "từ 70 đến dưới 90 điểm", "dưới 50 điểm". */
export function useBandRange() {
  const { t, num } = useScoringI18n();
  return (b: Band) => {
    const from =
      b.min === null
        ? null
        : t(b.minInclusive ? 'scoring.bands.fromIncl' : 'scoring.bands.fromExcl', { n: num(b.min) });
    const to =
      b.max === null
        ? null
        : t(b.maxInclusive ? 'scoring.bands.toIncl' : 'scoring.bands.toExcl', { n: num(b.max) });
    return [from, to].filter(Boolean).join(' ') || t('scoring.bands.any');
  };
}

/** The cap in words: "Hoàn thành xuất sắc nhiệm vụ không quá 20% số đơn vị … ; vượt thì chuyển xuống …". */
export function useCapText() {
  const { i18n, t, num } = useScoringI18n();
  return (cap: NonNullable<BandScheme['cap']>) =>
    t('scoring.bands.capText', {
      band: enumLabel(BAND_LABELS, cap.band, i18n),
      percent: num(cap.percent),
      of: cap.ofBands.map((b) => enumLabel(BAND_LABELS, b, i18n)).join(', '),
      to: enumLabel(BAND_LABELS, cap.moveTo, i18n),
    });
}
