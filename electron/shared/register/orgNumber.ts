/**
 * Swedish organisation numbers (organisationsnummer): `NNNNNN-NNNN` with a Luhn check digit.
 * Accepts input with or without the hyphen and gives it back in the standard form.
 */

/** The number in the form `NNNNNN-NNNN`, or null when it is not a valid organisation number. */
export function normaliseOrgNumber(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return null;
  if (!passesLuhn(digits)) return null;
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
