/**
 * Small rules shared by every form (pure, so they run in Node tests): which message belongs to which field,
 * and how a form turns whatever was thrown into an ApiError it can show.
 */
import { ApiError } from './api-errors.ts';

/** The message for one field, when the failure named it. */
export const errorFor = (error: ApiError | null, field: string): string | null =>
  error && error.field === field ? error.message : null;

/** Anything thrown while saving, as an ApiError the form can show. */
export const asApiError = (thrown: unknown): ApiError =>
  thrown instanceof ApiError ? thrown : new ApiError(0, 'Saving failed. Try again.');

/** `''` from an empty input means "no value" to the API. */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Lines of a textarea (attendees, participants) as a list, blanks dropped. */
export const lines = (value: string): string[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
