import { compactLength, elementsOfTypes, textOf } from '../dom';
import type { CleanRule } from '../types';

const FORM = new Set(['form']);
const CONTROLS = new Set(['input', 'textarea', 'select', 'button', 'label', 'option']);

/**
 * Form controls (login boxes, comment inputs, search fields, rating buttons) are not article text.
 * A `<form>` is removed whole when it is a widget (has a password/text area or little text); a form
 * that wraps the whole page (ASP.NET style) only loses its controls.
 */
export const removeForms: CleanRule = {
  name: 'remove-forms',
  apply(root) {
    const total = compactLength(textOf(root));
    for (const form of elementsOfTypes(root, FORM)) {
      const isWidget =
        form.querySelector('input[type="password" i], textarea') !== null ||
        compactLength(textOf(form)) < Math.max(200, total * 0.2);
      if (isWidget) form.remove();
    }
    for (const control of elementsOfTypes(root, CONTROLS)) control.remove();
  },
};
