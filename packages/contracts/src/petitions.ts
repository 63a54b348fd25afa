/**
 * Petitions (đơn thư: khiếu nại, tố cáo, kiến nghị, phản ánh) through their legal workflow. The
 * vocabularies come from packages/domain (petitions); a denouncer's identity is never part of a
 * petition: it goes to the vault (sealed), and the answer only says whether one is held.
 */
export * from './petitions/vocabulary.ts';
export * from './petitions/petition.ts';
export * from './petitions/steps.ts';
export * from './petitions/registers.ts';
