/**
 * Test-only: react-router 7 needs TextEncoder at import time, which jsdom lacks. Import this first
 * in a spec that renders react-router links (until jest.setup.ts provides it for everyone).
 */
import { TextDecoder, TextEncoder } from 'util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
