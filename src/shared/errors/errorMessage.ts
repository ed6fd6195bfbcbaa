/**
 * The message of anything thrown: an Error's (or error-like object's) message, else the value
 * as text, so a `catch (error)` never needs to assume what it caught.
 * @example errorMessage(new Error('no')) === 'no'; errorMessage('no') === 'no'
 */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String(error.message);
  return String(error);
}
