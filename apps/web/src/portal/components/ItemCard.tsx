import type { PortalItem } from '@danvan/contracts';
import { formatDate } from '../format.ts';

/** The tag colour of a published answer's honest state (resolved … closed without resolution). */
export function stateClass(state: string | null): string {
  if (state === 'resolved') return 'tag tag-ok';
  if (state === 'resolved_in_part') return 'tag tag-info';
  if (state === 'not_competent' || state === 'closed_unresolved') return 'tag tag-warn';
  return 'tag tag-muted';
}

/**
 * One public item of any section, as the server's registry gives it (title, unit, date, field,
 * state, summary, facts). Its texts are the server's, in Vietnamese: marked lang="vi".
 */
export function ItemCard({ item, headingLevel }: { item: PortalItem; headingLevel: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card" lang="vi" data-testid={`item-${item.section}`}>
      <H>{item.title}</H>
      <p className="meta">
        {[item.unitName, item.date ? formatDate(item.date) : null, item.fieldLabel]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {item.stateLabel && <span className={stateClass(item.state)}>{item.stateLabel}</span>}
      {item.summary && <p className="pre">{item.summary}</p>}
      {item.facts.length > 0 && (
        <dl className="facts">
          {item.facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}
