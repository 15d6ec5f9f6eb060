/**
 * Sets an input's value as typing would: it fires `input` and `change`, so that Frontpad's
 * scripts notice the new value. Nothing is submitted.
 */
export function fillInput(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
