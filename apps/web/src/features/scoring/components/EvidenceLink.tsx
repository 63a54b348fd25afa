import { ExportOutlined, LinkOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { EvidenceLink as Evidence } from '@danvan/contracts';

/**
 * API-like prefixes the server may still give for its evidence, and the web pages that show them
 * (longest first). A path already on a page of the app passes unchanged.
 */
const WEB_PATHS: [string, string][] = [
  ['/plans/leaders', '/lanh-dao-phu-trach'],
  ['/reception/compliance', '/tiep-cong-dan/tuan-thu'],
  ['/plans', '/ke-hoach'],
  ['/reports', '/bao-cao'],
  ['/petitions', '/don-thu'],
  ['/models', '/mo-hinh'],
];

/** The page of the app an evidence path opens. */
export function webPath(path: string): string {
  for (const [from, to] of WEB_PATHS)
    if (path === from || path.startsWith(`${from}?`) || path.startsWith(`${from}/`))
      return to + path.slice(from.length);
  return path;
}

/** One evidence link: a record of the system opens in the app, an outside address in a new tab. */
export function EvidenceLinkView({ link, testId }: { link: Evidence; testId?: string }) {
  if (/^https?:\/\//i.test(link.path))
    return (
      <a href={link.path} target="_blank" rel="noopener noreferrer" data-testid={testId}>
        <ExportOutlined /> {link.label}
      </a>
    );
  return (
    <Link to={webPath(link.path)} data-testid={testId}>
      <LinkOutlined /> {link.label}
    </Link>
  );
}
