/**
 * Uploads a file through POST /files (docs/files.md): the raw bytes as the body, the name in
 * `x-filename`, the session cookie with the `x-tsunagari-upload: 1` header.
 */
export interface UploadedFile {
  /** The File's global ID: what the API shows and mailing content takes. */
  readonly id: string;
  /** The same file's UUID (also accepted). */
  readonly fileId: string;
  readonly filename: string;
  readonly contentType: string;
  readonly byteSize: number;
}

export async function uploadFile(
  file: File,
  purpose: 'ATTACHMENT' | 'PHOTO',
): Promise<UploadedFile> {
  let response: Response;
  try {
    response = await fetch(`/files?purpose=${purpose}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'x-tsunagari-upload': '1',
        'x-filename': encodeURIComponent(file.name),
        'content-type': file.type || 'application/octet-stream',
      },
      body: file,
    });
  } catch {
    throw new Error('ファイルを送信できませんでした。通信状態を確認してください。');
  }
  const body = (await response.json().catch(() => null)) as
    | (UploadedFile & { error?: { message?: string } })
    | null;
  if (!response.ok || !body || body.error) {
    // The API's message is Japanese first, then English: keep the Japanese part.
    const message = body?.error?.message ?? `アップロードできませんでした（${response.status}）。`;
    throw new Error(message.split(/\s*\/\s*(?=[A-Z])/)[0] ?? message);
  }
  return body;
}

/** 1234567 → "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
