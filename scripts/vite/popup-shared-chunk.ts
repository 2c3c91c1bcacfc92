import type { Plugin } from 'vite';

/**
 * The popup's first frame waits for every script it imports (issue 15), so the code it shares
 * with the other pages goes into one chunk, not several: fewer requests on its critical path
 * and one gzip stream for the size budget. A module goes there when the popup imports it
 * statically and another page does too; the rest is chunked as the bundler chooses.
 */
export function popupSharedChunk(popup = '/entrypoints/popup/'): Plugin {
  return {
    name: 'tend:popup-shared-chunk',
    outputOptions(options) {
      // The worker's build is one file (no chunks at all).
      const single = options as { codeSplitting?: boolean; inlineDynamicImports?: boolean };
      if (single.codeSplitting === false || single.inlineDynamicImports) return null;
      return {
        ...options,
        manualChunks(id, { getModuleInfo }) {
          const entries = new Set<string>();
          const seen = new Set<string>();
          const walk = (module: string) => {
            if (seen.has(module)) return;
            seen.add(module);
            const info = getModuleInfo(module);
            if (!info) return;
            if (info.isEntry) entries.add(module);
            for (const importer of info.importers) walk(importer);
          };
          walk(id);
          const fromPopup = [...entries].some((e) => e.includes(popup));
          return fromPopup && entries.size > 1 ? 'shared' : undefined;
        },
      };
    },
  };
}
