/** How each block of a scan is written, read only when a gated name is found in it. */
import { isNounCase, type BlockCase } from './inside-name.ts';
import { isHeadlineCase } from './name-gates.ts';

/** A reader of each block's case (headline, German), each read once and only when first asked. */
export function blockCaseReader(texts: readonly string[]): (block: number) => BlockCase {
  const blockCases = new Map<number, BlockCase>();
  return (block) => {
    let value = blockCases.get(block);
    if (!value) {
      let headline: boolean | undefined;
      let nounCase: boolean | undefined;
      value = {
        headline: () => (headline ??= isHeadlineCase(texts[block]!)),
        nounCase: () => (nounCase ??= isNounCase(texts[block]!)),
      };
      blockCases.set(block, value);
    }
    return value;
  };
}
