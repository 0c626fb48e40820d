/** Reading and writing the extension's settings from one of its own pages, as the popup does. */
import type { Settings } from '../../src/shared/settings-schema.ts';
import type { TestPage } from './browsers.ts';

export function setSettings(extensionPage: TestPage, values: Partial<Settings>): Promise<void> {
  return extensionPage.evaluate(async (items: Partial<Settings>) => {
    type Area = { set(items: object): Promise<void> };
    const scope = globalThis as unknown as { browser?: { storage: { sync: Area } }; chrome?: { storage: { sync: Area } } };
    await (scope.browser ?? scope.chrome)!.storage.sync.set(items);
  }, values);
}

/** Clear every setting (back to defaults) and every custom glossary. */
export function resetStorage(extensionPage: TestPage): Promise<void> {
  return extensionPage.evaluate(async () => {
    type Area = { clear(): Promise<void> };
    const scope = globalThis as unknown as {
      browser?: { storage: { sync: Area; local: Area } };
      chrome?: { storage: { sync: Area; local: Area } };
    };
    const api = (scope.browser ?? scope.chrome)!;
    await api.storage.sync.clear();
    await api.storage.local.clear();
  });
}
