import type { Feature } from '../../app/feature.ts';
import { vaultEn, vaultVi } from './messages.ts';

/**
 * The denouncer identity vault on the web: no page and no menu item of its own. Record pages (the
 * petitions' case page) show `<ProtectedIdentity kind="petition" ownerId={id} />`.
 */
export const vaultFeature: Feature = {
  key: 'vault',
  routes: [],
  messages: { vi: { vault: vaultVi }, en: { vault: vaultEn } },
};

export { ProtectedIdentity } from './RevealIdentity.tsx';
