/**
 * A small S3 client for the stack's S3 server (the postgresql storage profile, see
 * scripts/stack/storage-ctl.sh): lists a bucket and reads an object, signed with AWS Signature
 * Version 4 as any S3 client signs, so a test sees what really is in a bucket and needs no SDK.
 */
import { createHash, createHmac } from 'crypto';

import { readStack, required } from './stack';
import type { StackEnv } from './stack';

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string) =>
  createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding, as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
const encode = (value: string) =>
  encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** A GET of a path-style URL with its query, signed for the stack's credentials. */
const signedGet = async (stack: StackEnv, path: string, query: Record<string, string> = {}) => {
  const endpoint = new URL(required(stack, 'S3_ENDPOINT_URL'));
  const region = required(stack, 'S3_REGION');
  const accessKey = required(stack, 'S3_ACCESS_KEY_ID');
  const secretKey = required(stack, 'S3_SECRET_ACCESS_KEY');
  const amzDate = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const day = amzDate.slice(0, 8);
  const canonicalPath = path.split('/').map(encode).join('/');
  const canonicalQuery = Object.keys(query)
    .sort()
    .map((key) => `${encode(key)}=${encode(query[key])}`)
    .join('&');
  const payloadHash = sha256('');
  const headers: Record<string, string> = {
    host: endpoint.host,
    'x-amz-content-sha256': payloadHash,
    'x-amz-date': amzDate,
  };
  const signedHeaders = Object.keys(headers).sort().join(';');
  const canonicalRequest = [
    'GET',
    canonicalPath,
    canonicalQuery,
    ...Object.keys(headers)
      .sort()
      .map((name) => `${name}:${headers[name]}`),
    '',
    signedHeaders,
    payloadHash,
  ].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${secretKey}`, day), region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  const response = await fetch(
    `${endpoint.origin}${canonicalPath}${canonicalQuery ? `?${canonicalQuery}` : ''}`,
    {
      headers: {
        'x-amz-content-sha256': payloadHash,
        'x-amz-date': amzDate,
        Authorization: `AWS4-HMAC-SHA256 Credential=${accessKey}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
      },
    },
  );
  const text = await response.text();
  if (response.status !== 200) {
    throw new Error(`S3 GET ${path}: ${String(response.status)} ${text.slice(0, 300)}`);
  }
  return text;
};

const xmlText = (value: string) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The keys of a bucket under a prefix (ListObjectsV2; the tests' prefixes hold few objects). */
export const listBucket = async (
  bucket: string,
  prefix: string,
  stack = readStack(),
): Promise<string[]> => {
  const xml = await signedGet(stack, `/${bucket}`, { 'list-type': '2', prefix });
  return [...xml.matchAll(/<Key>([^<]*)<\/Key>/g)].map((match) => xmlText(match[1]));
};

/** An object's content as text. */
export const readObject = (bucket: string, key: string, stack = readStack()): Promise<string> =>
  signedGet(stack, `/${bucket}/${key}`);
