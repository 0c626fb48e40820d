/**
 * The only script of ours in a subframe until that frame holds text (issue
 * #14): declared for every frame in the page's main world, because an
 * isolated world costs about 0.2 MB a frame however small its script, and a
 * frame's main world exists anyway. It reads nothing but the text's length
 * and says one thing: "my text has arrived", to the top window, whose content
 * script asks the background to put the full script into the frames that
 * hold text (src/content/frame-requests.ts, src/background/frame-injection.ts).
 * Nothing else may be imported here: scripts/build.ts fails past a small size.
 */
import { FRAME_TEXT_SIGNAL } from '../shared/frame-text-signal.ts';
import { waitForText } from './frame-text.ts';

if (window !== window.top) {
  void waitForText(document, new AbortController().signal).then(() => window.top?.postMessage(FRAME_TEXT_SIGNAL, '*'));
}
