// Which host the pane runs in: Excel, Word, or none (a plain browser: the in-memory fake host is used).

export type HostKind = 'excel' | 'word' | 'none';

interface OfficeGlobal {
  onReady?: () => Promise<{ host: string | null }>;
  context?: { requirements?: { isSetSupported(name: string, version: string): boolean } };
}

function office(): OfficeGlobal | undefined {
  return (globalThis as unknown as { Office?: OfficeGlobal }).Office;
}

/** Waits for Office.js (at most `ms`), and says which host it found. */
export async function detectHost(ms = 4000): Promise<HostKind> {
  const o = office();
  if (!o?.onReady) return 'none';
  const info = await Promise.race([o.onReady().catch(() => ({ host: null })), new Promise<{ host: null }>((r) => setTimeout(() => r({ host: null }), ms))]);
  if (info.host === 'Excel') return 'excel';
  if (info.host === 'Word') return 'word';
  return 'none';
}

/** Whether the host supports a requirement set, e.g. ExcelApi 1.9. */
export function supports(set: string, version: string): boolean {
  return office()?.context?.requirements?.isSetSupported(set, version) ?? false;
}
