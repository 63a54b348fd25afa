import { useVietnameseMessages } from './messages.ts';

// Validation messages in Vietnamese by default (the web app shows them as they come).
useVietnameseMessages();

export * from './permissions.ts';
export * from './errors.ts';
export * from './common.ts';
export * from './labels.ts';
export * from './org.ts';
export * from './users.ts';
export * from './auth.ts';
export * from './audit.ts';
export * from './audit-labels.ts';
export * from './notifications.ts';
export * from './files.ts';
export * from './reporting.ts';
export * from './reporting-views.ts';
export * from './plans.ts';
export * from './legal.ts';
export * from './reception.ts';
export * from './petitions.ts';
export * from './situations.ts';
export * from './vault.ts';
export * from './models.ts';
export * from './scoring.ts';
export * from './training.ts';
export * from './inspections.ts';
export * from './answers.ts';
export * from './portal.ts';
