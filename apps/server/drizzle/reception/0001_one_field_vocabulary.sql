-- One field vocabulary for the reception log and the petitions (packages/domain PETITION_FIELDS):
-- the visits' old reception-only codes become the petitions' codes, so a petition created from a
-- visit keeps its field without a translation.
UPDATE "reception_visits" SET "field" = CASE "field"
  WHEN 'land' THEN 'dat_dai'
  WHEN 'social_policy' THEN 'chinh_sach_xa_hoi'
  WHEN 'justice' THEN 'tu_phap'
  WHEN 'corruption' THEN 'tham_nhung'
  WHEN 'environment' THEN 'moi_truong'
  WHEN 'other' THEN 'khac'
END
WHERE "field" IN ('land', 'social_policy', 'justice', 'corruption', 'environment', 'other');
