const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days since 1970-01-01 of a calendar date `YYYY-MM-DD` (proleptic Gregorian, no time zone, so no day
 * ever shifts). Throws `RangeError` for anything else, including impossible dates such as `2023-02-30`.
 */
export function dayNumber(date: string, what = 'date'): number {
  const match = ISO_DATE.exec(date);
  if (match !== null) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const monthLength = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
    if (monthLength !== undefined && day >= 1 && day <= monthLength) return daysFromCivil(year, month, day);
  }
  throw new RangeError(`${what} must be a calendar date YYYY-MM-DD; got "${date}"`);
}

/** Howard Hinnant's days_from_civil: days since 1970-01-01 without building a Date. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export const DAYS_PER_YEAR = 365.25;
