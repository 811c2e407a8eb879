import type { ChecklistPack, PackV1, Source } from './pack';

/**
 * Pack format upgrades, kept apart from the zod schemas (pack.ts) so that the app can upgrade a
 * bundled format-1 pack without loading zod on the first screen.
 */

type SourceV1 = PackV1['actions'][number]['source'];

/**
 * Format 1 → 2. Pure and total: a format-1 pack recorded neither status, issuer nor distribution,
 * nor the basis of each source, so the upgrade takes the cautious reading and claims nothing:
 * status "unofficial", issuer = the publisher, distribution "restricted" (share only after
 * checking), and the basis from the source kind — the norm text itself ("gge-2015") is
 * "derived-official", every other kind "secondary-summary" (format-1 packs had no way to say an
 * item was quoted). The norms keep their kind; nothing else changes.
 */
export function upgradePackV1(pack: PackV1): ChecklistPack {
  const source = (s: SourceV1): Source => ({
    label: s.label,
    kind: s.kind,
    basis: s.kind === 'gge-2015' ? 'derived-official' : 'secondary-summary',
    ...(s.url !== undefined ? { url: s.url } : {}),
  });
  return {
    type: pack.type,
    formatVersion: 2,
    id: pack.id,
    version: pack.version,
    releaseDate: pack.releaseDate,
    language: pack.language,
    title: pack.title,
    publisher: pack.publisher,
    status: 'unofficial',
    issuer: pack.publisher,
    distribution: 'restricted',
    ...(pack.description !== undefined ? { description: pack.description } : {}),
    focusAreas: pack.focusAreas.map((f) => ({ ...f, source: source(f.source) })),
    norms: pack.norms.map((n) => ({ ...n })),
    normQuestions: pack.normQuestions.map((q) => ({ ...q, source: source(q.source) })),
    actions: pack.actions.map((a) => ({ ...a, source: source(a.source) })),
  };
}
