/** The two ends of a stance that may be left out. */
export type StanceEnd = 'holder' | 'target';

/**
 * How a stance's missing holder or target reads wherever Loupe names the stance: the stance
 * form's holder list, the stance list, the stance map, a delete refused for the stance's sake.
 * @example absentRefName('holder') // 'No named holder'
 */
export function absentRefName(end: StanceEnd): string {
  return end === 'holder' ? 'No named holder' : 'No named target';
}
