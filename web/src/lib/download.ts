/** Offering text the page built (a CSV, an iCalendar file) as a download. */

/**
 * Offers a text as a file download. A CSV starts with a byte-order mark so that Excel reads UTF-8 names
 * correctly; other formats (an iCalendar file must begin with BEGIN:VCALENDAR) are written as they are.
 */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const parts = type.startsWith('text/csv') ? ['\uFEFF', text] : [text];
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
