import { z } from 'zod';

/*
 * The renderer's CSP forbids eval. Zod would otherwise probe `new Function("")` before its
 * first object parse to decide whether to compile parsers, and the browser reports that probe
 * as a CSP violation. Imported first by main.ts, before any schema is used.
 */
z.config({ jitless: true });
