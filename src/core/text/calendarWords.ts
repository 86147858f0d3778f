/** The calendar's words, lower case, in calendar order (index 0 = Sunday / January). One list for every stage. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
/** Month names as written in messages and hovers (`March 2023`). */
export const MONTH_NAMES = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1));
