// zod (pulled in through the contract) probes `new Function` to speed up parsing; the app's
// CSP forbids eval, so the probe only produces a CSP violation report. Tell zod not to try.
// Imported first by main.tsx, before any schema parses.
import { z } from 'zod';

z.config({ jitless: true });
