import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// npm test runs these niced beside the integration tests: a lazy route's first import can take over findBy's 1 s default.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  // Remembered namespaces must not leak from one test into the next.
  localStorage.clear();
});
