// react-hook-form puts its defaultValues into the fields only when the form mounts in the browser:
// the server's markup holds empty text fields, the first option of each select and unchecked
// boxes. Until hydration – a slow connection, a busy laptop, a reload – the page shows values it
// does not hold (a settings page with no party chosen, a user list where everyone seems to have the
// first role), and a reload that races hydration reads them. These helpers register a field and
// write the form's current value into the markup as the field's default, so the server's HTML
// already shows what the form holds. After mounting, react-hook-form owns the value as before.
import type { FieldPath, FieldValues, UseFormGetValues, UseFormRegister, UseFormRegisterReturn } from "react-hook-form";

/** A text field, textarea or select: the registered props plus the value the markup shows. */
export type TextFieldProps<TName extends string> = UseFormRegisterReturn<TName> & { defaultValue: string };
/** A checkbox or radio button: the registered props plus whether the markup shows it checked. */
export type CheckFieldProps<TName extends string> = UseFormRegisterReturn<TName> & { defaultChecked: boolean };
/** A checkbox or radio button for one option of a field: its value and whether it is chosen. */
export type ChoiceFieldProps<TName extends string> = CheckFieldProps<TName> & { value: string };

export interface MarkupRegister<TValues extends FieldValues> {
  /** A text field, textarea or select holding the field's value. */
  text: <TName extends FieldPath<TValues>>(name: TName) => TextFieldProps<TName>;
  /** A single checkbox for a yes/no field. */
  check: <TName extends FieldPath<TValues>>(name: TName) => CheckFieldProps<TName>;
  /** One checkbox of a list field, or one radio button of a field, standing for `option`. */
  choice: <TName extends FieldPath<TValues>>(name: TName, option: string) => ChoiceFieldProps<TName>;
}

/** The text a field's value shows in the markup ("" for none; lists and numbers as text). */
export function markupText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value);
}

/** Whether `option` is chosen in a field's value: one of a list's entries, or the value itself. */
export function isChosen(value: unknown, option: string): boolean {
  return Array.isArray(value) ? value.some((entry) => markupText(entry) === option) : markupText(value) === option;
}

/** Register fields of a form with their current values in the server's markup (see the header). */
export function markupRegister<TValues extends FieldValues>(
  register: UseFormRegister<TValues>,
  getValues: UseFormGetValues<TValues>,
): MarkupRegister<TValues> {
  return {
    text: (name) => ({ ...register(name), defaultValue: markupText(getValues(name)) }),
    check: (name) => ({ ...register(name), defaultChecked: getValues(name) === true }),
    choice: (name, option) => ({ ...register(name), value: option, defaultChecked: isChosen(getValues(name), option) }),
  };
}
