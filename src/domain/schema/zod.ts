import { z } from 'zod';

/**
 * The one door to zod. Zod 4 probes `new Function` to decide whether to compile its parsers;
 * under the production Content-Security-Policy (no 'unsafe-eval') that probe is reported as a
 * violation. Jitless parsing is interpreted, so the app never asks for eval. Every module
 * imports `z` from here (an architecture test holds this), so the setting is in force before
 * any schema is built.
 */
z.config({ jitless: true });

export { z };
