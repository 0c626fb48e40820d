/** Put happy-dom's shared document back as a scanner test found it: empty, nothing hidden, not in design mode. */
export function resetDocument(): void {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
  document.body.removeAttribute('aria-hidden');
  delete (document as { designMode?: string }).designMode;
}
