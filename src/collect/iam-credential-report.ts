/**
 * Parses the IAM credential report CSV into typed rows. AWS writes `N/A`, `no_information` and `not_supported`
 * into date columns; those become null. Never throws on malformed content: bad rows are skipped, and a
 * report without the expected header yields an error the collector records.
 */
import { parse } from 'csv-parse/sync';
import type { CredentialReportRow } from '../model/items/iam.js';

const REQUIRED_COLUMNS = ['user', 'arn', 'password_enabled', 'mfa_active'];
const EMPTY_DATE_VALUES = new Set(['', 'n/a', 'no_information', 'not_supported']);

export function parseReportDate(value: string | undefined): string | null {
  if (value === undefined || EMPTY_DATE_VALUES.has(value.trim().toLowerCase())) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** `true`/`false`; anything else (`not_supported`, `N/A`) is null. */
export function parseReportBoolean(value: string | undefined): boolean | null {
  const normalized = value?.trim().toLowerCase();
  if (normalized === 'true') return true;
  if (normalized === 'false') return false;
  return null;
}

export class CredentialReportFormatError extends Error {
  override name = 'CredentialReportFormatError';
}

export function parseCredentialReport(content: string): CredentialReportRow[] {
  let records: Record<string, string>[];
  try {
    records = parse(content, { columns: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (cause) {
    throw new CredentialReportFormatError(`the credential report is not valid CSV (${(cause as Error).message})`);
  }
  const header = records[0] ? Object.keys(records[0]) : [];
  if (records.length > 0 && !REQUIRED_COLUMNS.every((column) => header.includes(column))) {
    throw new CredentialReportFormatError(`the credential report lacks the columns ${REQUIRED_COLUMNS.join(', ')}`);
  }
  return records.flatMap((record): CredentialReportRow[] => {
    const user = record.user;
    const arn = record.arn;
    if (!user || !arn) return [];
    const isRoot = user === '<root_account>';
    return [
      {
        arn,
        user,
        isRoot,
        userCreationTime: parseReportDate(record.user_creation_time),
        // The root row says `not_supported` for password_enabled: root always has a password unless removed centrally.
        passwordEnabled: parseReportBoolean(record.password_enabled),
        passwordLastUsed: parseReportDate(record.password_last_used),
        passwordLastChanged: parseReportDate(record.password_last_changed),
        mfaActive: parseReportBoolean(record.mfa_active) === true,
        accessKey1Active: parseReportBoolean(record.access_key_1_active) === true,
        accessKey1LastRotated: parseReportDate(record.access_key_1_last_rotated),
        accessKey1LastUsed: parseReportDate(record.access_key_1_last_used_date),
        accessKey2Active: parseReportBoolean(record.access_key_2_active) === true,
        accessKey2LastRotated: parseReportDate(record.access_key_2_last_rotated),
        accessKey2LastUsed: parseReportDate(record.access_key_2_last_used_date),
      },
    ];
  });
}
