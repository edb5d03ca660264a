import { fetchStaffBlob } from './session';

/**
 * Saves what a staff route answers (PDF, CSV, Markdown, JSON) as a file. A link cannot carry the
 * bearer token, so the file is fetched with it and handed to the browser as a Blob.
 */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const blob = await fetchStaffBlob(path);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
