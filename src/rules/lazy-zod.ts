import { createRequire } from 'node:module';
import type { z as Zod } from 'zod';

/**
 * zod, loaded on first use: it takes longer to load than the CLI needs to start, and the default
 * packs come precompiled (see precompiled.ts), so most runs never validate anything.
 */
export const loadZod = (): typeof Zod => (createRequire(import.meta.url)('zod') as { z: typeof Zod }).z;
