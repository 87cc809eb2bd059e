/**
 * Test-only: react-router 7 needs TextEncoder at import time, which jsdom lacks. Imported first by
 * the admin specs that render links (until jest.setup.ts provides it for every spec).
 */
import { TextDecoder, TextEncoder } from 'util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
