export {};

// npm run bench [-- <scenario>...]: benchmarks, each printing medians and ratios against hand-written
// SQL on the same database in the same run. Benchmarks are not tests and assert nothing.
const SCENARIOS: Record<string, () => Promise<unknown>> = {
  plans: async () => (await import('./plans.ts')).benchPlans(),
  reporting: async () => (await import('./reporting.ts')).benchReporting(),
  petitions: async () => (await import('./petitions.ts')).benchPetitions(),
  portal: async () => (await import('./portal.ts')).benchPortal(),
  documents: async () => (await import('./documents.ts')).benchDocuments(),
  scoring: async () => (await import('./scoring.ts')).benchScoring(),
  load: async () => (await import('./load.ts')).benchLoad(),
};

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = asked.length ? asked : Object.keys(SCENARIOS);
for (const n of names) {
  if (!SCENARIOS[n]) {
    console.error(`Không có kịch bản "${n}". Có: ${Object.keys(SCENARIOS).join(', ')}`);
    process.exit(2);
  }
}
for (const n of names) {
  console.log(`\n=== ${n} ===`);
  await SCENARIOS[n]();
}
process.exit(0);
