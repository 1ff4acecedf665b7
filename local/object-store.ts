import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';

/** Where the local object store takes the S3 client's requests (AWS_ENDPOINT_URL_S3). */
export const localObjectStorePath = '/_local/s3';

/**
 * The local stand-in for S3's PutObject and GetObject, path style: `<bucket>/<key>` is kept
 * as the plain file `<root>/<key>`, so local report files can be opened directly.
 */
export async function serveObject(
  method: string,
  objectPath: string,
  body: Buffer,
  root: string,
  response: ServerResponse,
): Promise<void> {
  const [, ...keyParts] = objectPath.split('/').filter(Boolean);
  const key = keyParts.map(decodeURIComponent).join('/');
  const file = resolve(root, key);
  if (!key || !file.startsWith(resolve(root) + sep)) {
    return s3Error(response, 400, 'InvalidArgument', 'Bad key');
  }
  if (method === 'PUT') {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, body);
    response.writeHead(200, { etag: '"local"' }).end();
    return;
  }
  if (method === 'GET') {
    try {
      const content = await readFile(file);
      response.writeHead(200, { 'content-length': content.length }).end(content);
    } catch {
      s3Error(response, 404, 'NoSuchKey', 'The specified key does not exist.');
    }
    return;
  }
  s3Error(response, 405, 'MethodNotAllowed', `${method} is not supported locally`);
}

const s3Error = (response: ServerResponse, status: number, code: string, message: string) => {
  response
    .writeHead(status, { 'content-type': 'application/xml' })
    .end(
      `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
    );
};

/** The folder of the local report files (SPEC §6: under TANDEM_DATA_DIR/reports/). */
export const localReportsDir = (dataDir: string): string => join(dataDir, 'reports');
