import { renderArt30Pdf } from '../documents/art30-pdf';
import { loadRegisterSnapshot } from '../documents/snapshot';
import type { AppContext } from '../app/context';
import { writeFileAtomic } from '../app/atomic-write';
import type { FeatureHandlers } from './types';

function datedName(base: string, organisation: string): string {
  const date = new Date().toISOString().slice(0, 10);
  return `${base} ${organisation}`.trim().replace(/[^\p{L}\p{N} ._-]+/gu, '') + ` ${date}.pdf`;
}

export function documentHandlers(ctx: AppContext): FeatureHandlers<'documents.exportArt30Pdf'> {
  return {
    'documents.exportArt30Pdf': async ({ language, variant }) => {
      const snapshot = await loadRegisterSnapshot(ctx.session.require());
      const base = language === 'de' ? 'Verzeichnis von Verarbeitungstätigkeiten' : 'Record of processing activities';
      const path = await ctx.dialogs.chooseSavePath({ suggestedName: datedName(base, snapshot.organisation.name), kind: 'pdf' });
      if (!path) return null;
      const bytes = await renderArt30Pdf(snapshot, { language, variant });
      writeFileAtomic(path, bytes);
      return { path, bytes: bytes.byteLength };
    },
  };
}
