// Watches a page for any sign that markup from the cluster's data became live HTML: a script that ran, a dialog,
// a CSP violation, or an element the console itself never renders.
import type { Page } from '@playwright/test';

/** The flag every payload sets if it ever runs. */
export const ranFlag = '__xss';

/** Markup a user or an attacker could put into free-text fields of Kubernetes objects. */
export const payloads = {
  img: `<img src=x onerror="window.${ranFlag}=1">`,
  script: `<script>window.${ranFlag}=1</script>`,
  svg: `"><svg onload="window.${ranFlag}=1">`,
  javascriptUrl: `javascript:window.${ranFlag}=1`,
} as const;

export interface PageSignals {
  ran: boolean;
  dialogs: string[];
  violations: string[];
  cspConsole: string[];
  /** Elements the console never renders (it has no img, svg, inline script, frame or event-handler attribute). */
  foreignElements: string[];
}

// Page-side code as text: e2e is typed without the DOM library, and it must run in the page, not here.
const recordViolations = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' (' + e.sample + ')');
  });
`;
const foreign = 'img, svg, iframe, object, embed, script:not([src]), [onerror], [onload], a[href^="javascript:" i]';
const readSignals = `({
  ran: window.${ranFlag} !== undefined,
  violations: window.__cspViolations ?? ['(the violation listener was not installed)'],
  foreignElements: [...document.querySelectorAll(${JSON.stringify(foreign)})].map((e) => e.outerHTML.slice(0, 120)),
})`;

/** Install before the first navigation: the listener must exist before any content could violate the policy. */
export async function watchForScripts(page: Page): Promise<() => Promise<PageSignals>> {
  const dialogs: string[] = [];
  const cspConsole: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspConsole.push(message.text());
  });
  await page.addInitScript({ content: recordViolations });
  return async () => {
    const inPage = await page.evaluate<Pick<PageSignals, 'ran' | 'violations' | 'foreignElements'>>(readSignals);
    return { ...inPage, dialogs: [...dialogs], cspConsole: [...cspConsole] };
  };
}

/** What a page shows when no markup came alive. */
export const inertSignals: PageSignals = {
  ran: false,
  dialogs: [],
  violations: [],
  cspConsole: [],
  foreignElements: [],
};
