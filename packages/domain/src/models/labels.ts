/** A vocabulary's Vietnamese and English labels (the models' files share it; index.ts does not export it). */
export type Labels<C extends string> = Readonly<Record<C, { vi: string; en: string }>>;
