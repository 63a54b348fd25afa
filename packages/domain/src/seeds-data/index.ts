export * from './guiding-documents.ts';
export * from './plan-2023.ts';
