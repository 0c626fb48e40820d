/** Saving text as a file the reader downloads (the export), without any permission: a link to a Blob URL. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // Firefox follows a download link only while it is in the document.
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the download starts asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
