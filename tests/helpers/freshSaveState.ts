import { beforeAll } from 'vitest';
import { forgetSaves } from '../../src/renderer/src/saveState';

// Files share their worker's modules (`isolate: false`): each starts with the window's save
// state as a fresh window has it, whatever writes an earlier file left unanswered or unpainted.
beforeAll(() => forgetSaves());
