import type { Locator } from '@playwright/test';

/** Create Workload's Image Name and Image Tag comboboxes and the registry's suggestions each offers. */
export class ImagePickers {
  readonly imageName: Locator;
  readonly imageTag: Locator;

  constructor(readonly form: Locator) {
    this.imageName = form.getByRole('combobox', { name: 'Image Name' });
    this.imageTag = form.getByRole('combobox', { name: 'Image Tag' });
  }

  repository(name: string): Locator {
    return this.options(this.imageName).getByRole('option', { name, exact: true });
  }

  tag(name: string): Locator {
    return this.options(this.imageTag).getByRole('option', { name, exact: true });
  }

  /** The listbox next to `combobox` in its field. */
  options(combobox: Locator): Locator {
    return combobox.locator('xpath=following-sibling::*[@role="listbox"][1]');
  }
}
