import type { IssueProblem } from '../api.ts';

/** What a draft still lacks before it may be issued, one line each (messages come from the server). */
export function MissingList({ items }: { items: IssueProblem[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {items.map((m) => (
        <li key={`${m.path}:${m.message}`}>{m.message}</li>
      ))}
    </ul>
  );
}
