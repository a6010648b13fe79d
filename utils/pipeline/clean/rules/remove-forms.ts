import { compactLength, textOf } from '../dom';
import { rootElementsOfTypes } from '../line-cache';
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
  apply(root, context) {
    const total = compactLength(textOf(root));
    // Both lists come from the article as it was before this rule: a control inside a form removed
    // here is removed again from that detached form, which changes nothing.
    const forms = rootElementsOfTypes(root, context, FORM);
    const controls = rootElementsOfTypes(root, context, CONTROLS);
    let changed = false;
    for (const form of forms) {
      const isWidget =
        form.querySelector('input[type="password" i], textarea') !== null ||
        compactLength(textOf(form)) < Math.max(200, total * 0.2);
      if (isWidget) {
        form.remove();
        changed = true;
      }
    }
    for (const control of controls) control.remove();
    return changed || controls.length > 0;
  },
};
