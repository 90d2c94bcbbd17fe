import { clipboard, ClipboardItem } from 'electron';
import type { Clipboard } from '../../backend/app/ports';

/**
 * The system clipboard for the services. Electron 45's clipboard takes W3C-style items: one
 * item carrying both MIME types, so rich editors paste the HTML and plain fields the text.
 */
export function createElectronClipboard(): Clipboard {
  return {
    write: ({ text, html }) =>
      clipboard.write([new ClipboardItem(html === undefined ? { 'text/plain': text } : { 'text/plain': text, 'text/html': html })]),
  };
}
