/** A RegExp matching `text` literally anywhere, for accessible names and descriptions that hold more than one sentence. */
export function containing(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}
